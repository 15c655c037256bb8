"""Obviously correct for small piles: a game-tree search with memo over the sorted pile sizes; every first move
(pile, new size) is tried and counted when it leaves the opponent a losing position."""
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def wins(state):
    for i, a in enumerate(state):
        for b in range(a):
            if not wins(tuple(sorted(state[:i] + (b,) + state[i + 1:]))):
                return True
    return False


data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    piles = tuple(int(x) for x in data[pos + 1:pos + 1 + n])
    pos += 1 + n
    count = 0
    for i, a in enumerate(piles):
        for b in range(a):
            count += not wins(tuple(sorted(piles[:i] + (b,) + piles[i + 1:])))
    print(count)
