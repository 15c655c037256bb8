"""Wrong: breadth-first levels from the free items, fixed when an item is first reached (the shortest chain of
prerequisites instead of the longest)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    level = [0] * (n + 1)
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    for v in queue:
        level[v] = 1
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if level[y] == 0:
                level[y] = level[x] + 1
                queue.append(y)
    print(max(level[1:]))


main()
