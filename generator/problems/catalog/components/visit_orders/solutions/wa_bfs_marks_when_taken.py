"""Wrong: the BFS marks a vertex when it leaves the queue, not when it enters: a vertex joined to two vertices of
one level is queued twice and printed twice (the DFS is right)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m, v = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[a].append(b)
        adj[b].append(a)
    for row in adj:
        row.sort()

    seen = [False] * (n + 1)
    seen[v] = True
    dfs = [v]
    stack = [(v, 0)]
    while stack:
        x, i = stack[-1]
        row = adj[x]
        while i < len(row) and seen[row[i]]:
            i += 1
        if i == len(row):
            stack.pop()
            continue
        stack[-1] = (x, i + 1)
        y = row[i]
        seen[y] = True
        dfs.append(y)
        stack.append((y, 0))

    seen = [False] * (n + 1)
    bfs = []
    queue = deque([v])
    while queue:
        x = queue.popleft()
        seen[x] = True
        bfs.append(x)
        for y in adj[x]:
            if not seen[y]:
                queue.append(y)
    print(" ".join(map(str, dfs)))
    print(" ".join(map(str, bfs)))


main()
