"""Wrong: sorts the vertices by their number of prerequisites (fewest first) instead of removing them one by one;
cycles are still found with Kahn's count."""
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
    by_indegree = sorted(range(1, n + 1), key=lambda v: indeg[v])
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    if len(order) < n:
        print(-1)
    else:
        print(" ".join(map(str, by_indegree)))


main()
