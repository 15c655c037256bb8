"""Too slow: the eccentricity of every vertex by its own BFS; the diameter is the largest and the best joint uses
the smallest of each tree: max(D1, D2, min ecc1 + min ecc2 + 1). O(N^2)."""
import sys


def eccentricities(data, pos):
    n = int(data[pos])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[pos + 1 + 2 * i]), int(data[pos + 2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    ecc = []
    for s in range(1, n + 1):
        dist = [-1] * (n + 1)
        dist[s] = 0
        queue = [s]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        ecc.append(dist[queue[-1]])
    return ecc, pos + 1 + 2 * (n - 1)


def main():
    data = sys.stdin.buffer.read().split()
    e1, pos = eccentricities(data, 0)
    e2, _ = eccentricities(data, pos)
    print(max(max(e1), max(e2), min(e1) + min(e2) + 1))


main()
