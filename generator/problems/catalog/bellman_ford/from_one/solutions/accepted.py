"""Reference: Bellman-Ford from 1, relaxing only from vertices already reached; a pass without change ends it
early. If the N-th pass still changes something, a negative cycle is reachable from 1."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
cycle = False
for step in range(n):
    changed = False
    for u, v, w in edges:
        du = dist[u]
        if du != INF and du + w < dist[v]:
            dist[v] = du + w
            changed = True
    if not changed:
        break
    if step == n - 1:
        cycle = True
if cycle:
    print("CYCLE")
else:
    sys.stdout.write("".join("INF\n" if d == INF else f"{d}\n" for d in dist[1:]))
