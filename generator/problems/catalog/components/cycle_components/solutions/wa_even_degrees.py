"""Wrong: calls a component a cycle when every vertex in it has an even, nonzero degree (a closed walk through
every road), so a figure eight (two cycles sharing one vertex of degree 4) counts as one."""
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
        even = True
        while stack:
            u = stack.pop()
            if not adj[u] or len(adj[u]) % 2:
                even = False
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = 1
                    stack.append(v)
        if even:
            cycles += 1
    print(cycles)


main()
