"""Obviously correct (small trees): for every vertex v, measure the distance from v to every vertex u and keep
the largest one among the u whose route to vertex 1 passes through v."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)


def distances(src):
    dist = [-1] * (n + 1)
    dist[src] = 0
    queue = [src]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    return dist


from_root = distances(1)
answer = []
for v in range(1, n + 1):
    dv = distances(v)
    # u is in v's subtree iff v lies on the route from u to 1: dist(1, u) = dist(1, v) + dist(v, u)
    answer.append(max(dv[u] for u in range(1, n + 1) if from_root[u] == from_root[v] + dv[u]))
print(" ".join(map(str, answer)))
