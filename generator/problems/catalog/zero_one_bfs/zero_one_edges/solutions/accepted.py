"""Reference: 0-1 BFS. A deque holds vertices in order of distance: a 0-edge puts its end at the front (same
distance), a 1-edge at the back (distance + 1). A vertex may be pushed again when its distance improves; a popped
entry that is out of date is skipped."""
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
            if d + w < dist[y]:
                dist[y] = d + w
                if w == 0:
                    queue.appendleft((d, y))
                else:
                    queue.append((d + 1, y))
    print(dist[n] if dist[n] < INF else -1)


main()
