"""Wrong: an ordinary BFS queue (every vertex to the back) that fixes a vertex's distance when it is first
discovered, so a vertex found first over a 1-edge never gets the cheaper distance through 0-edges."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = n + 1
    dist = [INF] * (n + 1)
    dist[1] = 0
    queue = deque([(0, 1)])
    while queue:
        d, x = queue.popleft()
        if d != dist[x]:
            continue
        for y, w in adj[x]:
            if dist[y] == INF:
                dist[y] = d + w
                queue.append((d + w, y))
    print(dist[n] if dist[n] < INF else -1)


main()
