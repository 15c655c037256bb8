"""Obviously correct (small trees): keeps the values in a list; for a sum, a search from the root records
parents, and every vertex whose way up passes v is added."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
val = [0] + [int(t) for t in data[2:n + 2]]
adj = {v: [] for v in range(1, n + 1)}
pos = n + 2
for _ in range(n - 1):
    u, v = int(data[pos]), int(data[pos + 1])
    pos += 2
    adj[u].append(v)
    adj[v].append(u)
parent = {1: 0}
stack = [1]
while stack:
    x = stack.pop()
    for y in adj[x]:
        if y not in parent:
            parent[y] = x
            stack.append(y)


def inside(u, v):
    while u:
        if u == v:
            return True
        u = parent[u]
    return False


for _ in range(q):
    if data[pos] == "1":
        val[int(data[pos + 1])] = int(data[pos + 2])
        pos += 3
    else:
        v = int(data[pos + 1])
        pos += 2
        print(sum(val[u] for u in range(1, n + 1) if inside(u, v)))
