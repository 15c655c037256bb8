"""Reference: 0-1 BFS on the doubled graph. Each edge u -> v gives a move u -> v of cost 0 and a move v -> u of
cost 1 (travelling it backwards = turning it around). A deque keeps vertices in order of cost."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append((v, 0))
        adj[v].append((u, 1))
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
