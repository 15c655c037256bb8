"""Too slow: after every new edge, colours the whole graph again by BFS (O(M · (N + M)))."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    out = []
    broken = False
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
        if broken:
            out.append(-1)
            continue
        color = [-1] * (n + 1)
        total = 0
        for s in range(1, n + 1):
            if color[s] != -1 or broken:
                continue
            color[s] = 0
            count = [1, 0]
            queue = deque([s])
            while queue:
                x = queue.popleft()
                for y in adj[x]:
                    if color[y] == -1:
                        color[y] = color[x] ^ 1
                        count[color[y]] += 1
                        queue.append(y)
                    elif color[y] == color[x]:
                        broken = True
            total += min(count)
        out.append(-1 if broken else total)
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
