"""Obviously correct for small piles: a game-tree search with memo over the sorted pile sizes, misere rule: the
player to move with no stones left has won (the other took the last one)."""
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def wins(state):
    if sum(state) == 0:
        return True  # the opponent took the last stone and lost
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
    piles = tuple(sorted(int(x) for x in data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    print("First" if wins(piles) else "Second")
