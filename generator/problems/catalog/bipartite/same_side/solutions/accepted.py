"""Reference: BFS 2-colouring from every uncoloured vertex, remembering each vertex's component. Inside one
component a valid split is fixed up to swapping the two sides, so two vertices there are always together (same
colour) or always apart; vertices of different components can be put either way."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    comp = [0] * (n + 1)
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        comp[s] = s
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    comp[y] = s
                    queue.append(y)
    pos = 2 + 2 * m
    q = int(data[pos])
    out = []
    for i in range(q):
        u, v = int(data[pos + 1 + 2 * i]), int(data[pos + 2 + 2 * i])
        if comp[u] != comp[v]:
            out.append("UNKNOWN")
        elif color[u] == color[v]:
            out.append("SAME")
        else:
            out.append("DIFFERENT")
    print("\n".join(out))


main()
