"""Wrong: computes depth[v] = depth[parent] + 1 in vertex-number order, as if every parent had a smaller number."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
parent = [0, 0] + [int(x) for x in data[1:n]]
value = [0] + [int(x) for x in data[n:2 * n]]
depth = [0] * (n + 1)
depth[1] = 1
for v in range(2, n + 1):
    depth[v] = depth[parent[v]] + 1
sums = {}
for v in range(1, n + 1):
    sums[depth[v]] = sums.get(depth[v], 0) + value[v]
best_level = min(sums, key=lambda k: (-sums[k], k))
print(best_level, sums[best_level])
