"""Reference: sorted adjacency lists; DFS with an explicit stack of (vertex, next neighbour index), which visits in
exactly the recursive order without recursion; BFS marking vertices when they enter the queue."""
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
