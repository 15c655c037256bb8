"""Wrong: adds up the successors' counts instead of uniting their sets, so a vertex reached by two routes is
counted twice."""
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
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    count = [0] * (n + 1)
    for u in reversed(order):
        total = 0
        for v in adj[u]:
            total += count[v] + 1
        count[u] = total
    print(" ".join(str(count[v]) for v in range(1, n + 1)))


main()
