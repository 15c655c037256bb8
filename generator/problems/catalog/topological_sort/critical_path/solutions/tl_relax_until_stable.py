"""Too slow: Bellman-Ford style, relaxes every edge in input order until nothing changes, then counts the longest
routes by the same passes (O(N * M) when the edges are listed against the order)."""
import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    best = [-1] * (n + 1)
    best[1] = 0
    changed = True
    while changed:
        changed = False
        for u, v, w in edges:
            if best[u] >= 0 and best[u] + w > best[v]:
                best[v] = best[u] + w
                changed = True
    # ways along tight edges only; tight edges form a DAG, count by repeated passes until stable
    ways = [0] * (n + 1)
    ways[1] = 1
    changed = True
    while changed:
        changed = False
        new = [0] * (n + 1)
        new[1] = 1
        for u, v, w in edges:
            if best[u] >= 0 and best[u] + w == best[v]:
                new[v] = (new[v] + ways[u]) % MOD
        if new != ways:
            ways, changed = new, True
    print(f"{best[n]} {ways[n]}" if best[n] >= 0 else -1)


main()
