"""Reference: Kahn's algorithm with a FIFO queue does every item that can ever be done; the items it never
reaches (on a cycle, or waiting for one) are the answer."""
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
    done = [False] * (n + 1)
    while queue:
        u = queue.popleft()
        done[u] = True
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    stuck = [v for v in range(1, n + 1) if not done[v]]
    print(" ".join(map(str, [len(stuck)] + stuck)))


main()
