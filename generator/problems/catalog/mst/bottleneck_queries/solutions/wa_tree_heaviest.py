"""Wrong: answers every connected pair with the heaviest edge of its group's minimum spanning tree, not the
heaviest edge on the tree path between the two vertices."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    edges = sorted((int(data[5 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    heaviest = [0] * (n + 1)
    for w, u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            heaviest[b] = max(heaviest[a], heaviest[b], w)
    base = 3 + 3 * m
    out = []
    for i in range(q):
        a, b = int(data[base + 2 * i]), int(data[base + 2 * i + 1])
        if a == b:
            out.append(0)
        elif find(a) != find(b):
            out.append(-1)
        else:
            out.append(heaviest[find(a)])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
