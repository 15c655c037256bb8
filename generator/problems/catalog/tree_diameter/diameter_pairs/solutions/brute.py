"""Obviously correct (small trees): every distance by a BFS from every vertex; count the pairs u < v whose
distance is the largest one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
pairs = {}
for s in range(1, n + 1):
    dist = {s: 0}
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in dist:
                dist[y] = dist[x] + 1
                queue.append(y)
    for t in range(s + 1, n + 1):
        pairs[(s, t)] = dist[t]
best = max(pairs.values(), default=0)
print(sum(1 for d in pairs.values() if d == best))
