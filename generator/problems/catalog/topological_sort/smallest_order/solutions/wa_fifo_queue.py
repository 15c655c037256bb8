"""Wrong: Kahn's algorithm with a first-in first-out queue seeded in increasing order: a valid order, but not
always the lexicographically smallest."""
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
    heap = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while heap:
        x = heap.popleft()
        order.append(x)
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                heap.append(y)
    print(" ".join(map(str, order)) if len(order) == n else -1)


main()
