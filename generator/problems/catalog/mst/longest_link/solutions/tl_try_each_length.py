"""Too slow: try the distinct lengths in increasing order and search the graph of the edges not longer than the
current one until it connects everything — O(M·(N+M))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    for limit in sorted({w for _, _, w in edges}) if n > 1 else []:
        adj = [[] for _ in range(n + 1)]
        for u, v, w in edges:
            if w <= limit:
                adj[u].append(v)
                adj[v].append(u)
        seen = [False] * (n + 1)
        seen[1] = True
        stack, count = [1], 1
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    count += 1
                    stack.append(y)
        if count == n:
            print(limit)
            return
    print(0)


main()
