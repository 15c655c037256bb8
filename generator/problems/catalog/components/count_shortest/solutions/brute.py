"""Obviously correct: list every simple route from 1 to N by depth-first enumeration and count the shortest."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
adj = {v: [] for v in range(1, n + 1)}
for i in range(m):
    u, v = data[2 + 2 * i], data[3 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
lengths = []
stack = [(1, (1,))]
while stack:
    u, route = stack.pop()
    if u == n:
        lengths.append(len(route))
        continue
    for v in adj[u]:
        if v not in route:
            stack.append((v, route + (v,)))
print(lengths.count(min(lengths)) % (10 ** 9 + 7) if lengths else 0)
