"""Too slow: for every edge, a fresh search counts the coins and vertices on the child's side of it; the edge
carries |coins - vertices| moves. O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [0] + [int(t) for t in data[1:n + 1]]
    adj = [[] for _ in range(n + 1)]
    edges = []
    for i in range(n - 1):
        u, v = int(data[n + 1 + 2 * i]), int(data[n + 2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
        edges.append((u, v))
    moves = 0
    for u, v in edges:
        seen = {u, v}
        stack = [v]
        coins = vertices = 0
        while stack:  # the side of v, not crossing back over the edge to u
            x = stack.pop()
            coins += c[x]
            vertices += 1
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        moves += abs(coins - vertices)
    print(moves)


main()
