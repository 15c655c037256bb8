"""Too slow: a fresh visited array for every component's search (O(N) per component, O(N^2) with many
components)."""
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
    done = [False] * (n + 1)
    total = 0
    for s in range(1, n + 1):
        if done[s]:
            continue
        color = [-1] * (n + 1)
        color[s] = 0
        count = [1, 0]
        queue = deque([s])
        while queue:
            x = queue.popleft()
            done[x] = True
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    count[color[y]] += 1
                    queue.append(y)
                elif color[y] == color[x]:
                    print(-1)
                    return
        total += min(count)
    print(total)


main()
