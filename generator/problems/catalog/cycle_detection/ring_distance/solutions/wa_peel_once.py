"""Wrong: removes only the vertices that are leaves at the start, not the ones that become leaves after a
removal, so the inner part of every long branch is taken for the cycle."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    degree = [0] * (n + 1)
    for i in range(n):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
        degree[u] += 1
        degree[v] += 1
    removed = [False] * (n + 1)
    leaves = deque(v for v in range(1, n + 1) if degree[v] == 1)
    while leaves:
        x = leaves.popleft()
        removed[x] = True
        for y in adj[x]:
            if not removed[y]:
                degree[y] -= 1
    dist = [-1] * (n + 1)
    queue = deque()
    for v in range(1, n + 1):
        if not removed[v]:
            dist[v] = 0
            queue.append(v)
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + 1
                queue.append(y)
    print(" ".join(map(str, dist[1:])))


main()
