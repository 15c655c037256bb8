"""Obviously correct (small trees): every set of vertices that contains vertex 1, kept when a search inside the
set from vertex 1 reaches all of it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]) - 1, int(data[2 + 2 * i]) - 1
    adj[u].append(v)
    adj[v].append(u)
count = 0
for mask in range(1, 1 << n, 2):  # odd masks: vertex 1 (bit 0) is in the set
    seen = {0}
    stack = [0]
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if (mask >> y) & 1 and y not in seen:
                seen.add(y)
                stack.append(y)
    count += len(seen) == bin(mask).count("1")
print(count % 1_000_000_007)
