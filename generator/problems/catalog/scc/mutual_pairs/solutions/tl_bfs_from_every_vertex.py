"""Too slow: from every vertex s, a BFS along the edges and one against them; the vertices v > s both reach are the
pairs (s, v). O(N·(N+M)) time, fine for a few thousand vertices, hopeless at 10^5. Only two visited arrays live at a
time (O(N + M) memory), so the verdict is the time limit, never the memory limit: one array per vertex kept for
later (O(N^2) bytes) ran out of memory before the time limit on a quiet machine."""
import sys


def reached(adj, s, n):
    seen = bytearray(n + 1)
    seen[s] = 1
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if not seen[y]:
                seen[y] = 1
                queue.append(y)
    return seen


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    radj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        radj[v].append(u)
    pairs = 0
    for s in range(1, n + 1):
        forward, backward = reached(adj, s, n), reached(radj, s, n)
        pairs += sum(1 for v in range(s + 1, n + 1) if forward[v] and backward[v])
    print(pairs)


main()
