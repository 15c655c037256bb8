"""Too slow: a depth-first search over every walk of at most K edges from vertex 1 (exponential in K)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
out_edges = [[] for _ in range(n + 1)]
for e in range(m):
    u, v, w = int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])
    out_edges[u].append((v, w))
best = None
stack = [(1, 0, 0)]
while stack:
    u, total, used = stack.pop()
    if u == n and used > 0 and (best is None or total < best):
        best = total
    if used < k:
        for v, w in out_edges[u]:
            stack.append((v, total + w, used + 1))
print("IMPOSSIBLE" if best is None else best)
