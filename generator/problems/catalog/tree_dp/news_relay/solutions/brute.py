"""Obviously correct (small trees): tries every calling order at every vertex. For a vertex and an order of its
children, the subtree is done when the last child's subtree is, the i-th child starting at minute i; the best
order is taken by trying them all (itertools.permutations)."""
import itertools
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0:
            parent[y] = x
            order.append(y)
time = [0] * (n + 1)
for x in reversed(order):
    kids = [y for y in adj[x] if y != parent[x]]
    time[x] = min((max((i + 1 + time[y] for i, y in enumerate(perm)), default=0)
                   for perm in itertools.permutations(kids)), default=0)
print(time[1])
