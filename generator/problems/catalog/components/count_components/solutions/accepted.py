"""Reference: iterative DFS from every unvisited vertex; each start is a new component."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    seen = bytearray(n + 1)
    count = 0
    for s in range(1, n + 1):
        if not seen[s]:
            count += 1
            seen[s] = 1
            stack = [s]
            while stack:
                x = stack.pop()
                for y in adj[x]:
                    if not seen[y]:
                        seen[y] = 1
                        stack.append(y)
    print(count)


main()
