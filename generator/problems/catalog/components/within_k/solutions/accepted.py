"""Reference: BFS from S by levels; stop after level K and count what was reached."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, k = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[4 + 2 * i]), int(data[5 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    seen = bytearray(n + 1)
    seen[s] = 1
    frontier = [s]
    count = 1
    for _ in range(k):
        nxt = []
        for u in frontier:
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = 1
                    nxt.append(v)
        if not nxt:
            break
        count += len(nxt)
        frontier = nxt
    print(count)


main()
