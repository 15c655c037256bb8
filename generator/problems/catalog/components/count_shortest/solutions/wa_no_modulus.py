"""Wrong: the same BFS count without reducing modulo 10^9 + 7, so large counts are printed in full."""
import sys

MOD = 10 ** 9 + 7  # (never applied)


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    dist = [-1] * (n + 1)
    ways = [0] * (n + 1)
    dist[1], ways[1] = 0, 1
    queue = [1]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        du, wu = dist[u] + 1, ways[u]
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = du
                ways[v] = wu
                queue.append(v)
            elif dist[v] == du:
                ways[v] = ways[v] + wu
    print(ways[n])


main()
