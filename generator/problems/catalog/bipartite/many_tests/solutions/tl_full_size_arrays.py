"""Too slow: builds the adjacency lists and colours for the largest possible N (2·10^5) in every graph, so many
tiny graphs cost T · 2·10^5."""
import sys
from collections import deque

BIG = 200001


def bipartite(n, data, at, m):
    adj = [[] for _ in range(BIG)]
    for i in range(m):
        u, v = int(data[at + 2 * i]), int(data[at + 1 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * BIG
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    queue.append(y)
                elif color[y] == color[x]:
                    return False
    return True


def main():
    data = sys.stdin.buffer.read().split()
    pos = 1
    out = []
    for _ in range(int(data[0])):
        n, m = int(data[pos]), int(data[pos + 1])
        out.append("YES" if bipartite(n, data, pos + 2, m) else "NO")
        pos += 2 + 2 * m
    print("\n".join(out))


main()
