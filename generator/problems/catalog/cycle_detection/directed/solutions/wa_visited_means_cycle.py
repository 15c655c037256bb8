"""WRONG: a DFS that reports a cycle whenever an edge leads to an already visited vertex, without asking whether
that vertex is still on the current path (two routes into one vertex are not a cycle)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
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
