"""Obviously correct (small trees): every subset of vertices, kept when no edge has both ends chosen."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(t) for t in data[1:n + 1]]
edges = [(int(data[n + 1 + 2 * i]) - 1, int(data[n + 2 + 2 * i]) - 1) for i in range(n - 1)]
best = 0
for mask in range(1 << n):
    if all(not ((mask >> u) & 1 and (mask >> v) & 1) for u, v in edges):
        best = max(best, sum(a[i] for i in range(n) if (mask >> i) & 1))
print(best)
