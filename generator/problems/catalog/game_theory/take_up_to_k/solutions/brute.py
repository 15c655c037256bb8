"""Obviously correct for small N: a game-tree search with memo over the stones left; the winning first moves are
the takes that leave the opponent a losing count."""
import sys
from functools import lru_cache

sys.setrecursionlimit(100000)


@lru_cache(maxsize=None)
def wins(left, k):
    return any(not wins(left - take, k) for take in range(1, min(k, left) + 1))


data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    for m in range(0, n, 300):  # fill the memo in steps so the recursion stays shallow
        wins(m, k)
    good = [take for take in range(1, min(k, n) + 1) if not wins(n - take, k)]
    print(f"First {good[0]}" if good else "Second")
