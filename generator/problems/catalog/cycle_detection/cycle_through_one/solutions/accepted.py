"""Reference: a cycle through vertex 1 is a path 1 -> ... -> v followed by an edge v -> 1. BFS from 1 gives the
fewest edges dist(v) on a path to every v, so the shortest such cycle has dist(v) + 1 edges, minimised over the
edges v -> 1 with v reachable; -1 when there is none."""
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
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + 1
                queue.append(y)
    best = -1
    for v in into_one:
        if dist[v] != -1 and (best == -1 or dist[v] + 1 < best):
            best = dist[v] + 1
    print(best)


main()
