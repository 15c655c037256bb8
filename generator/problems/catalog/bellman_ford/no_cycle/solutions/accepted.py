"""Reference: Bellman-Ford from vertex 1. No cycle has a negative total, so a cheapest trip never needs to repeat
a vertex and uses at most N - 1 edges: N - 1 rounds of relaxing every edge settle every distance. Only edges
leaving a reached vertex are relaxed (an unreached vertex has no distance to add to)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(n - 1):
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
