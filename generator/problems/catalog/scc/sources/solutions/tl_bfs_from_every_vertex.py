"""Too slow: a BFS forward and one backward from every vertex; the vertices found by both are its component
(u and v share a component iff each reaches the other). A component is a source iff no edge enters it from another
component. O(N·(N+M)) time; only one vertex's search is held at a time, so it runs out of time, not of memory."""
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
    out = [[] for _ in range(n + 1)]
    back = [[] for _ in range(n + 1)]
    edges = []
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        out[u].append(v)
        back[v].append(u)
        edges.append((u, v))
    comp = [0] * (n + 1)
    k = 0
    for s in range(1, n + 1):
        ahead, behind = reached(out, s, n), reached(back, s, n)
        if not comp[s]:
            k += 1
            for u in range(1, n + 1):
                if ahead[u] and behind[u]:
                    comp[u] = k
    entered = [False] * (k + 1)
    for u, v in edges:
        if comp[u] != comp[v]:
            entered[comp[v]] = True
    print(k, k - sum(entered))


main()
