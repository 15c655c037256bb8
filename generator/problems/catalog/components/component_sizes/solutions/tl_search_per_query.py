"""Too slow: a new traversal for every query."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
for u, v in zip(map(int, data[3:3 + 2 * m:2]), map(int, data[4:4 + 2 * m:2])):
    adj[u].append(v)
    adj[v].append(u)
out = []
for x in (int(t) for t in data[3 + 2 * m:3 + 2 * m + q]):
    seen = {x}
    stack = [x]
    while stack:
        y = stack.pop()
        for z in adj[y]:
            if z not in seen:
                seen.add(z)
                stack.append(z)
    out.append(len(seen))
print("\n".join(map(str, out)))
