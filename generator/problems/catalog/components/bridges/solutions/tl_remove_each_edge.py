"""Too slow: removes each edge in turn and searches from one end for the other; on a long path every search
walks half the graph."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    ends = []
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append((v, i))
        adj[v].append((u, i))
        ends.append((u, v))
    count = 0
    for skip, (a, b) in enumerate(ends):
        seen = bytearray(n + 1)
        seen[a] = 1
        stack = [a]
        while stack and not seen[b]:
            u = stack.pop()
            for v, idx in adj[u]:
                if idx != skip and not seen[v]:
                    seen[v] = 1
                    stack.append(v)
        if not seen[b]:
            count += 1
    print(count)


main()
