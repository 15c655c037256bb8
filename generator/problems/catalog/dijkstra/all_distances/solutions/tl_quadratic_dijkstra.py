"""Too slow: Dijkstra that scans all vertices for the closest unfinished one, O(N^2)."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    edges = list(zip(map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3]), map(int, data[5:5 + 3 * m:3])))
    return n, s, edges
def directed(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    return adj
def show(n, dist, inf):
    sys.stdout.write("\n".join(str(dist[v]) if dist[v] < inf else "-1" for v in range(1, n + 1)) + "\n")

n, s, edges = read()
adj = directed(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[s] = 0
done = [False] * (n + 1)
for _ in range(n):
    u, best = -1, INF
    for v in range(1, n + 1):
        if not done[v] and dist[v] < best:
            u, best = v, dist[v]
    if u < 0:
        break
    done[u] = True
    for v, w in adj[u]:
        if best + w < dist[v]:
            dist[v] = best + w
show(n, dist, INF)
