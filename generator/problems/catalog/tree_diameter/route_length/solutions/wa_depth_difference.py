"""Wrong: measures depths from vertex 1 and prints |depth(s) - depth(t)|, which is right only when one of them
lies on the other's way to vertex 1. Otherwise the reference: one BFS."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    s, t = int(data[2 * n - 1]), int(data[2 * n])
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = [1]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    print(abs(dist[s] - dist[t]))


main()
