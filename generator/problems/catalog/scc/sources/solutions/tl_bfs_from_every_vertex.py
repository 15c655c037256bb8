"""Too slow: a BFS from every vertex gives the reachability sets; u and v share a component iff each reaches the
other, and a component is a source iff no outside vertex reaches it. O(N·(N+M))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    reach = [None] * (n + 1)
    for s in range(1, n + 1):
        seen = bytearray(n + 1)
        seen[s] = 1
        queue = [s]
        for x in queue:
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = 1
                    queue.append(y)
        reach[s] = seen
    comp = [0] * (n + 1)
    k = 0
    for v in range(1, n + 1):
        if not comp[v]:
            k += 1
            for u in range(v, n + 1):
                if reach[v][u] and reach[u][v]:
                    comp[u] = k
    entered = [False] * (k + 1)
    for u in range(1, n + 1):
        for v in range(1, n + 1):
            if reach[u][v] and comp[u] != comp[v]:
                entered[comp[v]] = True
    print(k, k - sum(entered))


main()
