"""Obviously correct (small trees): the eccentricity of every vertex by its own BFS; the radius is the smallest,
the centers are the vertices that reach it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
ecc = {}
for s in range(1, n + 1):
    dist = {s: 0}
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in dist:
                dist[y] = dist[x] + 1
                queue.append(y)
    ecc[s] = max(dist.values())
radius = min(ecc.values())
print(radius)
print(" ".join(str(v) for v in range(1, n + 1) if ecc[v] == radius))
