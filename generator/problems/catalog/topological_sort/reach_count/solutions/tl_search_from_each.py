"""Too slow: a breadth-first search from every vertex, O(N * (N + M))."""
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
    answer = []
    for s in range(1, n + 1):
        seen = [False] * (n + 1)
        seen[s] = True
        queue = deque([s])
        count = 0
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    count += 1
                    queue.append(v)
        answer.append(count)
    print(" ".join(map(str, answer)))


main()
