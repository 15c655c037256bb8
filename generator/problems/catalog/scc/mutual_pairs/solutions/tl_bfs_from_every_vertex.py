"""Too slow: a BFS from every vertex gives the reachability sets, then each pair u < v is checked both ways.
O(N·(N+M)) time and O(N^2) memory bits: fine for a few thousand vertices, hopeless at 10^5."""
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
    pairs = 0
    for u in range(1, n + 1):
        ru = reach[u]
        for v in range(u + 1, n + 1):
            if ru[v] and reach[v][u]:
                pairs += 1
    print(pairs)


main()
