"""Obviously correct (small inputs): a move shifts one coin over one edge, so the cost of a plan is the total
distance the coins travel. Pair every spare coin with a vertex that has none, trying every pairing, and take
the cheapest total of tree distances."""
import itertools
import sys

data = sys.stdin.read().split()
n = int(data[0])
c = [int(t) for t in data[1:n + 1]]
adj = [[] for _ in range(n)]
for i in range(n - 1):
    u, v = int(data[n + 1 + 2 * i]) - 1, int(data[n + 2 + 2 * i]) - 1
    adj[u].append(v)
    adj[v].append(u)
dist = []
for s in range(n):
    d = [-1] * n
    d[s] = 0
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if d[y] < 0:
                d[y] = d[x] + 1
                queue.append(y)
    dist.append(d)
spare = [v for v in range(n) for _ in range(c[v] - 1)]
holes = [v for v in range(n) if c[v] == 0]
best = min(sum(dist[a][b] for a, b in zip(spare, perm)) for perm in itertools.permutations(holes))
print(best)
