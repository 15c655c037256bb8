"""Obviously correct (small trees): every non-empty connected set of vertices, and for each vertex the best
total among the sets that contain it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(t) for t in data[1:n + 1]]
adj = [[] for _ in range(n)]
for i in range(n - 1):
    u, v = int(data[n + 1 + 2 * i]) - 1, int(data[n + 2 + 2 * i]) - 1
    adj[u].append(v)
    adj[v].append(u)
best = [None] * n
for mask in range(1, 1 << n):
    members = [i for i in range(n) if (mask >> i) & 1]
    seen = {members[0]}
    stack = [members[0]]
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if (mask >> y) & 1 and y not in seen:
                seen.add(y)
                stack.append(y)
    if len(seen) == len(members):
        total = sum(a[i] for i in members)
        for i in members:
            if best[i] is None or total > best[i]:
                best[i] = total
print(" ".join(map(str, best)))
