"""Obviously correct for small games: a game-tree search with memo over the sorted pile sizes (no Grundy numbers);
each first move (pile, s) is tried and counted when it leaves the opponent a losing position."""
import sys
from functools import lru_cache

data = sys.stdin.read().split()
k = int(data[0])
moves = [int(x) for x in data[1:1 + k]]
t = int(data[1 + k])


def after(state, i, s):
    return tuple(sorted(state[:i] + (state[i] - s,) + state[i + 1:]))


@lru_cache(maxsize=None)
def wins(state):
    return any(s <= a and not wins(after(state, i, s)) for i, a in enumerate(state) for s in moves)


pos = 2 + k
for _ in range(t):
    n = int(data[pos])
    piles = tuple(int(x) for x in data[pos + 1:pos + 1 + n])
    pos += 1 + n
    print(sum(1 for i, a in enumerate(piles) for s in moves if s <= a and not wins(after(piles, i, s))))
