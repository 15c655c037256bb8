"""Obviously correct (small trees): a BFS from every vertex, adding up the distances."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
answer = []
for src in range(1, n + 1):
    dist = [-1] * (n + 1)
    dist[src] = 0
    queue = [src]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    answer.append(sum(dist[1:]))
print(" ".join(map(str, answer)))
