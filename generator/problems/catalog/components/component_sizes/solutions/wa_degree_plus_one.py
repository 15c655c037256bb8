"""Wrong: counts only the vertex and its direct neighbours."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
deg = [0] * (n + 1)
for u, v in zip(map(int, data[3:3 + 2 * m:2]), map(int, data[4:4 + 2 * m:2])):
    deg[u] += 1
    deg[v] += 1
print("\n".join(str(deg[int(x)] + 1) for x in data[3 + 2 * m:3 + 2 * m + q]))
