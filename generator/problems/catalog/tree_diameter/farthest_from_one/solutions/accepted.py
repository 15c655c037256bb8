"""Reference: BFS from vertex 1; the answer is the largest distance (in edges) it reaches."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + 1
                queue.append(y)
    print(max(dist))


main()
