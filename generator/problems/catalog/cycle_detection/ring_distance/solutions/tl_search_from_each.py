"""Too slow: after finding the cycle, searches from every vertex separately for the nearest cycle vertex:
O(N^2) when a long branch hangs on the cycle."""
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
                if degree[y] == 1:
                    leaves.append(y)
    dist = [0] * (n + 1)
    for v in range(1, n + 1):
        if not removed[v]:
            continue
        seen = {v: 0}
        queue = deque([v])
        while queue:
            x = queue.popleft()
            if not removed[x]:
                dist[v] = seen[x]
                break
            for y in adj[x]:
                if y not in seen:
                    seen[y] = seen[x] + 1
                    queue.append(y)
    print(" ".join(map(str, dist[1:])))


main()
