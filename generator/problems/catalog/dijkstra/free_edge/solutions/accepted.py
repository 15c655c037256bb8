"""Reference: Dijkstra over (vertex, free edge used) states."""
import sys
from heapq import heappush, heappop
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

def main():
    n, edges = read()
    adj = undirected(n, edges)
    INF = 1 << 62
    # Two layers of states: vertex v before the free edge is used (key v), and after it (key v + shift).
    shift = n + 1
    dist = [INF] * (2 * shift)
    dist[1] = 0
    pq = [(0, 1)]
    while pq:
        d, state = heappop(pq)
        if d > dist[state]:
            continue
        if state == n or state == n + shift:
            print(d)
            return
        if state < shift:
            for v, w in adj[state]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    heappush(pq, (nd, v))
                if d < dist[v + shift]:
                    dist[v + shift] = d
                    heappush(pq, (d, v + shift))
        else:
            for v, w in adj[state - shift]:
                nd = d + w
                v += shift
                if nd < dist[v]:
                    dist[v] = nd
                    heappush(pq, (nd, v))
    print(-1)
main()
