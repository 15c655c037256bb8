"""Reference: Kahn's algorithm with a FIFO queue. The order is unique iff the queue never holds two ready vertices
at once (two ready vertices could go in either order); a cycle (fewer than N vertices output) wins over that."""
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
    choice = False
    while queue:
        if len(queue) > 1:
            choice = True
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    if len(order) < n:
        print("IMPOSSIBLE")
    elif choice:
        print("AMBIGUOUS")
    else:
        print(" ".join(map(str, order)))


main()
