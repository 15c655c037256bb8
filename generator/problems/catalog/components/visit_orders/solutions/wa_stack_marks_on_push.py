"""Wrong: an iterative DFS that marks a vertex when it is pushed (neighbours pushed largest first, so the smallest
is popped first): a vertex pushed early is not visited again from a deeper vertex, so it comes out later than a
real DFS visits it (1-2, 1-3, 2-4, 3-4, 4-5 from 1: 1 2 4 5 3 instead of 1 2 4 3 5)."""
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
    dfs = []
    stack = [v]
    while stack:
        x = stack.pop()
        dfs.append(x)
        for y in reversed(adj[x]):
            if not seen[y]:
                seen[y] = True
                stack.append(y)

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
