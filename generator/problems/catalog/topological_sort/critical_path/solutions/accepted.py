"""Reference: DP over a topological order (Kahn): best[v] = the longest time from 1 to v, ways[v] = how many
routes reach that time (mod 10^9+7); only vertices reachable from 1 take part."""
import sys
from collections import deque

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        indeg[v] += 1
    best = [-1] * (n + 1)
    ways = [0] * (n + 1)
    best[1], ways[1] = 0, 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    while queue:
        x = queue.popleft()
        bx, wx = best[x], ways[x]
        for y, w in adj[x]:
            if bx >= 0:
                if bx + w > best[y]:
                    best[y], ways[y] = bx + w, wx
                elif bx + w == best[y]:
                    ways[y] = (ways[y] + wx) % MOD
            indeg[y] -= 1
            if indeg[y] == 0:
                queue.append(y)
    print(f"{best[n]} {ways[n]}" if best[n] >= 0 else -1)


main()
