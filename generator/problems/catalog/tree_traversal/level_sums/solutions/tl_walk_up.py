"""Too slow: finds each vertex's depth by walking up to the root (O(N * height), quadratic on a long path)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
parent = [0, 0] + [int(x) for x in data[1:n]]
value = [0] + [int(x) for x in data[n:2 * n]]
sums = {}
for v in range(1, n + 1):
    d, u = 1, v
    while u != 1:
        u = parent[u]
        d += 1
    sums[d] = sums.get(d, 0) + value[v]
best_level = min(sums, key=lambda k: (-sums[k], k))
print(best_level, sums[best_level])
