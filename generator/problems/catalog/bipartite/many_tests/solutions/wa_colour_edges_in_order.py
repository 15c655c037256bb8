"""Wrong: colours the edges in input order without propagating (an edge between two uncoloured vertices gets
0/1 at once), so two pieces coloured independently can clash although the graph is bipartite."""
import sys


def bipartite(n, data, at, m):
    color = [-1] * (n + 1)
    for i in range(m):
        u, v = int(data[at + 2 * i]), int(data[at + 1 + 2 * i])
        if color[u] == -1 and color[v] == -1:
            color[u], color[v] = 0, 1
        elif color[u] == -1:
            color[u] = color[v] ^ 1
        elif color[v] == -1:
            color[v] = color[u] ^ 1
        elif color[u] == color[v]:
            return False
    return True


def main():
    data = sys.stdin.buffer.read().split()
    pos = 1
    out = []
    for _ in range(int(data[0])):
        n, m = int(data[pos]), int(data[pos + 1])
        out.append("YES" if bipartite(n, data, pos + 2, m) else "NO")
        pos += 2 + 2 * m
    print("\n".join(out))


main()
