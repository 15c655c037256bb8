"""Obviously correct, another tie-break: Bellman-Ford distances, then the route is walked back from N, each time
to the LARGEST-numbered neighbour u with dist[u] + w = dist[current]."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        for a, b in ((u, v), (v, u)):
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
if dist[n] == INF:
    print(-1)
else:
    route = [n]
    while route[-1] != 1:
        x = route[-1]
        route.append(max(a for u, v, w in edges for a, b in ((u, v), (v, u)) if b == x and dist[a] + w == dist[x]))
    route.reverse()
    print(dist[n], len(route))
    print(" ".join(map(str, route)))
