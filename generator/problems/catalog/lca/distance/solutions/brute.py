"""Obviously correct (small trees): a search from u adds up edge values along the way to every vertex; print the
total at v (0 when u = v)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    adj[u].append((v, w))
    adj[v].append((u, w))
pos = 3 * (n - 1) + 1
q = int(data[pos])
for i in range(q):
    u, v = int(data[pos + 1 + 2 * i]), int(data[pos + 2 + 2 * i])
    total = {u: 0}
    stack = [u]
    while stack:
        x = stack.pop()
        for y, w in adj[x]:
            if y not in total:
                total[y] = total[x] + w
                stack.append(y)
    print(total[v])
