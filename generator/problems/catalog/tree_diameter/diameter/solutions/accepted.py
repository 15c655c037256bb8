"""Reference: two BFS sweeps. The vertex farthest from any start is an end of a longest path; the farthest
distance from that end is the diameter."""
import sys
from collections import deque


def farthest(adj, n, start):
    dist = [-1] * (n + 1)
    dist[start] = 0
    queue = deque([start])
    best = start
    while queue:
        x = queue.popleft()
        if dist[x] > dist[best]:
            best = x
        for y in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + 1
                queue.append(y)
    return best, dist[best]


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    end, _ = farthest(adj, n, 1)
    _, length = farthest(adj, n, end)
    print(length)


main()
