"""Obviously correct (small trees): the smallest set of vertices such that every edge has an end in the set,
trying every subset."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
edges = [(int(data[1 + 2 * i]) - 1, int(data[2 + 2 * i]) - 1) for i in range(n - 1)]
best = n
for mask in range(1 << n):
    if all((mask >> u) & 1 or (mask >> v) & 1 for u, v in edges):
        best = min(best, bin(mask).count("1"))
print(best)
