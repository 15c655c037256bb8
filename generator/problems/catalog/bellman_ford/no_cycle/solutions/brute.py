"""Obviously correct (small graphs): with no negative cycle some cheapest trip is a simple path, so try every
simple path from 1 to N by depth-first search and keep the smallest total."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
best = None
on_path = [False] * (n + 1)


def dfs(x, total):
    global best
    if x == n:
        best = total if best is None else min(best, total)
    on_path[x] = True
    for y, w in adj[x]:
        if not on_path[y]:
            dfs(y, total + w)
    on_path[x] = False


dfs(1, 0)
print("IMPOSSIBLE" if best is None else best)
