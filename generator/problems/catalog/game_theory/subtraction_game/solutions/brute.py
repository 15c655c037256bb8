"""Obviously correct for small N: a game-tree search with memo; a first move wins when it leaves a losing count."""
import sys
from functools import lru_cache

sys.setrecursionlimit(100000)
data = sys.stdin.read().split()
k = int(data[0])
moves = [int(x) for x in data[1:1 + k]]
q = int(data[1 + k])


@lru_cache(maxsize=None)
def wins(left):
    return any(s <= left and not wins(left - s) for s in moves)


for i in range(q):
    n = int(data[2 + k + i])
    for m in range(0, n, 300):  # fill the memo in steps so the recursion stays shallow
        wins(m)
    good = [s for s in moves if s <= n and not wins(n - s)]
    print(f"First {min(good)}" if good else "Second")
