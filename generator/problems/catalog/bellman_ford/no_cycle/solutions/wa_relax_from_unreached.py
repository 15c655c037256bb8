"""Wrong: stores unreached vertices at a large number (10^18) and relaxes every edge, also from them: a negative
edge out of an unreached vertex makes INF + w < INF, so N can look reached with a value near 10^18.
Otherwise the reference: N - 1 rounds of Bellman-Ford from vertex 1."""
import sys

INF = 10 ** 18


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [INF] * (n + 1)
    dist[1] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    print("IMPOSSIBLE" if dist[n] == INF else dist[n])


main()
