"""Too slow: for every edge v -> 1 runs a new BFS from 1 to find dist(v): O(in-degree(1) · (N + M))."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    into_one = []
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        if v == 1:
            into_one.append(u)
    best = -1
    for target in into_one:
        dist = [-1] * (n + 1)
        dist[1] = 0
        queue = deque([1])
        while queue and dist[target] == -1:
            x = queue.popleft()
            for y in adj[x]:
                if dist[y] == -1:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        if dist[target] != -1 and (best == -1 or dist[target] + 1 < best):
            best = dist[target] + 1
    print(best)


main()
