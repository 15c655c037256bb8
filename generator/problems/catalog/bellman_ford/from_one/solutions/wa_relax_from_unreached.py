"""Wrong: relaxes from vertices not reached yet (a huge number stands for infinity), so a negative cycle or
negative edges that vertex 1 cannot reach change the answer."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]
INF = 10**18
dist = [INF] * (n + 1)
dist[1] = 0
cycle = False
for step in range(n):
    changed = False
    for u, v, w in edges:
        du = dist[u]
        if du + w < dist[v]:
            dist[v] = du + w
            changed = True
    if not changed:
        break
    if step == n - 1:
        cycle = True
if cycle:
    print("CYCLE")
else:
    sys.stdout.write("".join("INF\n" if d >= INF else f"{d}\n" for d in dist[1:]))
