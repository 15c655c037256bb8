"""Too slow: a BFS from every vertex, O(N^2) on 2*10^5 vertices."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    answer = []
    for src in range(1, n + 1):
        dist = [-1] * (n + 1)
        dist[src] = 0
        queue = [src]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        answer.append(sum(dist) + 1)
    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()
