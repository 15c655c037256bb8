"""Wrong: stores each edge only from its first vertex to its second, as if the graph were directed."""
import sys
from collections import deque

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.buffer.read().split()
    n, m, v = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[a].append(b)
    for row in adj:
        row.sort()

    seen = [False] * (n + 1)
    dfs = []

    def go(x):
        seen[x] = True
        dfs.append(x)
        for y in adj[x]:
            if not seen[y]:
                go(y)

    go(v)
    seen = [False] * (n + 1)
    seen[v] = True
    bfs = [v]
    queue = deque([v])
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if not seen[y]:
                seen[y] = True
                bfs.append(y)
                queue.append(y)
    print(" ".join(map(str, dfs)))
    print(" ".join(map(str, bfs)))


main()
