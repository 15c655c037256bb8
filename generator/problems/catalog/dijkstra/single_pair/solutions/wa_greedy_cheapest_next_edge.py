"""Wrong: greedy walk, always along the cheapest edge to a vertex not visited yet."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3])))
    return n, edges
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj

n, edges = read()
adj = undirected(n, edges)
cur, total, seen = 1, 0, {1}
while cur != n:
    options = [(w, v) for v, w in adj[cur] if v not in seen]
    if not options:
        total = -1
        break
    w, v = min(options)
    total += w
    seen.add(v)
    cur = v
print(total)
