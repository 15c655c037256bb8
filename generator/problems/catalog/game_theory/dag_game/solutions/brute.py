"""Obviously correct for small graphs: a game-tree search with memo from each start vertex."""
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
moves = {u: [] for u in range(1, n + 1)}
for j in range(m):
    moves[int(data[2 + 2 * j])].append(int(data[3 + 2 * j]))


@lru_cache(maxsize=None)
def wins(u):
    return any(not wins(v) for v in moves[u])


print("".join("W" if wins(u) else "L" for u in range(1, n + 1)))
