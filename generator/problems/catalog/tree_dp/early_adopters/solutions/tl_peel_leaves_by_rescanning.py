"""Too slow: the leaf greedy done naively - each round rescans every vertex for a leaf whose edge is still
uncovered, puts its neighbour into the set and deletes the neighbour's edges; a long path needs ~N/2 rounds of
O(N) work."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [set() for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].add(v)
        adj[v].add(u)
    chosen = 0
    while True:
        leaf = 0
        for v in range(1, n + 1):  # the rescan: the first vertex with exactly one remaining edge
            if len(adj[v]) == 1:
                leaf = v
                break
        if not leaf:
            break
        (hub,) = adj[leaf]
        chosen += 1
        for w in list(adj[hub]):
            adj[w].discard(hub)
        adj[hub].clear()
    print(chosen)


main()
