"""Wrong: runs N - 2 rounds instead of N - 1 (`range(1, n - 1)`), so a cheapest trip of N - 1 edges whose edges
come in the worst order is not found. Otherwise the reference: Bellman-Ford from vertex 1."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(1, n - 1):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du is not None and (dist[v] is None or du + w < dist[v]):
                dist[v] = du + w
                changed = True
        if not changed:
            break
    print("IMPOSSIBLE" if dist[n] is None else dist[n])


main()
