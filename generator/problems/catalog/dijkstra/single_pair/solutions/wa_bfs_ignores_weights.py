"""Wrong: breadth-first search finds the route with the fewest edges and prints its length."""
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

from collections import deque
n, edges = read()
adj = undirected(n, edges)
dist = [-1] * (n + 1)
dist[1] = 0
q = deque([1])
while q:
    u = q.popleft()
    for v, w in adj[u]:
        if dist[v] < 0:
            dist[v] = dist[u] + w
            q.append(v)
print(dist[n])
