"""Wrong: adds the class sizes of all components together and counts 2^A + 2^B once for the whole graph, as
if every component had to put its 2s on the side its BFS started from."""
import sys
from collections import deque

MOD = 998244353


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    total = [0, 0]
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        size = [1, 0]
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    size[color[y]] += 1
                    queue.append(y)
                elif color[y] == color[x]:
                    print(0)
                    return
        total[0] += size[0]
        total[1] += size[1]
    print((pow(2, total[0], MOD) + pow(2, total[1], MOD)) % MOD)


main()
