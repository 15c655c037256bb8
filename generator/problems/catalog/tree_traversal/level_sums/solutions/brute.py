"""Obviously correct: the depth of each vertex by walking up to the root, then every level's sum by scanning all
vertices."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
parent = [0, 0] + [int(x) for x in data[1:n]]
value = [0] + [int(x) for x in data[n:2 * n]]
depth = [0] * (n + 1)
for v in range(1, n + 1):
    d, u = 1, v
    while u != 1:
        u = parent[u]
        d += 1
    depth[v] = d
sums = [sum(value[v] for v in range(1, n + 1) if depth[v] == k) for k in range(1, max(depth) + 1)]
best = max(sums)
print(sums.index(best) + 1, best)
