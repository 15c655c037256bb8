"""Too slow: a BFS from every vertex gives every eccentricity, then the smallest: O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    ecc = [0] * (n + 1)
    for s in range(1, n + 1):
        dist = [-1] * (n + 1)
        dist[s] = 0
        queue = [s]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        ecc[s] = dist[queue[-1]]
    radius = min(ecc[1:])
    print(radius)
    print(" ".join(str(v) for v in range(1, n + 1) if ecc[v] == radius))


main()
