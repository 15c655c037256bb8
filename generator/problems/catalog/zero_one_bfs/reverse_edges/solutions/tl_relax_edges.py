"""Too slow: Bellman-Ford style sweeps over the edge list (both directions, cost 0 forwards and 1 backwards) until
nothing improves. A route whose edges are listed from the far end needs one sweep per edge: O(N·M)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    INF = n + 1
    dist = [INF] * (n + 1)
    dist[1] = 0
    changed = True
    while changed:
        changed = False
        for u, v in edges:
            if dist[u] < dist[v]:
                dist[v] = dist[u]
                changed = True
            if dist[v] + 1 < dist[u]:
                dist[u] = dist[v] + 1
                changed = True
    print(dist[n] if dist[n] < INF else -1)


main()
