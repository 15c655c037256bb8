"""Obviously correct for small N: a game-tree search with memo over the number of stones left."""
import sys
from functools import lru_cache

sys.setrecursionlimit(100000)


@lru_cache(maxsize=None)
def wins(left):
    """Whether the player to move with `left` stones wins: some move leaves the opponent a losing count."""
    return any(take <= left and not wins(left - take) for take in (1, 3, 4))


data = sys.stdin.read().split()
t = int(data[0])
for i in range(1, t + 1):
    n = int(data[i])
    for m in range(0, n, 500):  # fill the memo bottom-up in steps so the recursion stays shallow
        wins(m)
    print("First" if wins(n) else "Second")
