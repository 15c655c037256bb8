"""Obviously correct (small trees): tries every pair (x, y), builds the joined tree and measures its diameter by
a BFS from every vertex."""
import sys

data = sys.stdin.read().split()
n1 = int(data[0])
e1 = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n1 - 1)]
pos = 1 + 2 * (n1 - 1)
n2 = int(data[pos])
e2 = [(int(data[pos + 1 + 2 * i]) + n1, int(data[pos + 2 + 2 * i]) + n1) for i in range(n2 - 1)]
n = n1 + n2


def diameter(edges):
    adj = {v: [] for v in range(1, n + 1)}
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    best = 0
    for s in range(1, n + 1):
        dist = {s: 0}
        queue = [s]
        for x in queue:
            for y in adj[x]:
                if y not in dist:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        best = max(best, max(dist.values()))
    return best


print(min(diameter(e1 + e2 + [(x, y + n1)]) for x in range(1, n1 + 1) for y in range(1, n2 + 1)))
