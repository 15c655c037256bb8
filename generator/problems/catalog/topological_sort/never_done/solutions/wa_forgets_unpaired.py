"""Wrong: starts Kahn's algorithm only from items that appear in some pair, so items without any pair are
reported as never done."""
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
    in_pair = [False] * (n + 1)
    for u in range(1, n + 1):
        for v in adj[u]:
            in_pair[u] = in_pair[v] = True
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0 and in_pair[v])
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
