"""Wrong: takes a route with the fewest edges (plain BFS, ignoring directions) and counts the edges on it that
point the wrong way; the cheapest route may be longer."""
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
    steps = [INF] * (n + 1)
    cost = [INF] * (n + 1)
    steps[1] = cost[1] = 0
    queue = deque([1])
    while queue:
        x = queue.popleft()
        for y, w in adj[x]:
            if steps[y] == INF:
                steps[y] = steps[x] + 1
                cost[y] = cost[x] + w
                queue.append(y)
    print(cost[n] if cost[n] < INF else -1)


main()
