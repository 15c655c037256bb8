"""Reference: search each component once (iterative DFS); it is a cycle iff every vertex in it has degree 2."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    seen = bytearray(n + 1)
    cycles = 0
    for s in range(1, n + 1):
        if seen[s]:
            continue
        seen[s] = 1
        stack = [s]
        all_two = True
        while stack:
            u = stack.pop()
            if len(adj[u]) != 2:
                all_two = False
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = 1
                    stack.append(v)
        if all_two:
            cycles += 1
    print(cycles)


main()
