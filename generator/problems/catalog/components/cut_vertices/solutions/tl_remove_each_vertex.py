"""Too slow: removes each vertex in turn and checks with one search whether its neighbours stay connected."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    count = 0
    for x in range(1, n + 1):
        if len(adj[x]) < 2:
            continue
        seen = bytearray(n + 1)
        seen[x] = 1
        start = adj[x][0]
        seen[start] = 1
        stack = [start]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = 1
                    stack.append(v)
        if any(not seen[v] for v in adj[x]):
            count += 1
    print(count)


main()
