"""Obviously correct (small trees): the list of u's ancestors (u itself first, up to the root); the answer is the
first vertex on v's walk to the root that is in that list."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
parent = {v: None for v in range(1, n + 1)}
for i in range(n - 1):
    parent[int(data[2 + 2 * i])] = int(data[1 + 2 * i])
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
