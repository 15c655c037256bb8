"""Obviously correct (small trees): the set of ancestors of u (walking parent links from u to the root); the LCA
is the first vertex on v's walk to the root that is in that set."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
parent = {1: None}
stack = [1]
while stack:
    x = stack.pop()
    for y in adj[x]:
        if y not in parent:
            parent[y] = x
            stack.append(y)
pos = 2 * (n - 1) + 1
q = int(data[pos])
for i in range(q):
    u, v = int(data[pos + 1 + 2 * i]), int(data[pos + 2 + 2 * i])
    ancestors = set()
    while u is not None:
        ancestors.add(u)
        u = parent[u]
    while v not in ancestors:
        v = parent[v]
    print(v)
