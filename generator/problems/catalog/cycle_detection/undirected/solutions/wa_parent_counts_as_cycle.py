"""WRONG: a DFS that reports a cycle whenever it meets an already visited neighbour — including the vertex it
just came from, so any edge looks like a cycle."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    visited = [False] * (n + 1)
    for s in range(1, n + 1):
        if visited[s]:
            continue
        visited[s] = True
        stack = [s]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if visited[y]:
                    print("YES")
                    return
                visited[y] = True
                stack.append(y)
    print("NO")


main()
