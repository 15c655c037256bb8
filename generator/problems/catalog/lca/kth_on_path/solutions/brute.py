"""Obviously correct (small trees): a search from u records every vertex's predecessor; the route to v is read
back from v, reversed, and its k-th vertex printed."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
pos = 2 * (n - 1) + 1
q = int(data[pos])
for i in range(q):
    u, v, k = (int(t) for t in data[pos + 1 + 3 * i:pos + 4 + 3 * i])
    came_from = {u: None}
    stack = [u]
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if y not in came_from:
                came_from[y] = x
                stack.append(y)
    route = [v]
    while route[-1] != u:
        route.append(came_from[route[-1]])
    route.reverse()
    print(route[k - 1])
