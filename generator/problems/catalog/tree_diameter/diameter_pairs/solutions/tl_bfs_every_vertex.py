"""Too slow: a BFS from every vertex, counting the vertices at the largest distance seen so far: O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    best, ordered = 0, 0
    for s in range(1, n + 1):
        dist = [-1] * (n + 1)
        dist[s] = 0
        queue = [s]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        far = dist[queue[-1]]
        count = sum(1 for v in queue if dist[v] == far)
        if far > best:
            best, ordered = far, count
        elif far == best and far > 0:
            ordered += count
    print(ordered // 2)


main()
