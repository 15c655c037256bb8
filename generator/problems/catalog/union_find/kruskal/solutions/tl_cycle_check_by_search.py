"""Too slow: Kruskal that checks for a cycle with a fresh search through the chosen edges every time."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

n, edges = read()
adj = [[] for _ in range(n + 1)]
total, used = 0, 0
for w, u, v in sorted(edges):
    seen = {u}
    stack = [u]
    while stack and v not in seen:
        x = stack.pop()
        for y in adj[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    if v not in seen:
        adj[u].append(v)
        adj[v].append(u)
        total += w
        used += 1
print(total if used == n - 1 else -1)
