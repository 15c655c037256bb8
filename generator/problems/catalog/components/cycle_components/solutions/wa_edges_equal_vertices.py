"""Wrong: calls a component a cycle when it has as many edges as vertices; a cycle with a tail has that too."""
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
        vertices = degree_sum = 0
        while stack:
            u = stack.pop()
            vertices += 1
            degree_sum += len(adj[u])
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = 1
                    stack.append(v)
        if degree_sum // 2 == vertices:
            cycles += 1
    print(cycles)


main()
