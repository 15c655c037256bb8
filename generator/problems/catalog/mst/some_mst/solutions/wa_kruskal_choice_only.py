"""WRONG: says YES only for the edges that this one run of Kruskal takes; an equal-weight alternative that another
minimum spanning tree uses is answered NO."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = [int(x) for x in data[2::3]]
    vs = [int(x) for x in data[3::3]]
    ws = [int(x) for x in data[4::3]]
    order = sorted(range(m), key=ws.__getitem__)
    parent = list(range(n + 1))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    answer = ["NO"] * m
    for e in order:
        a, b = find(us[e]), find(vs[e])
        if a != b:
            answer[e] = "YES"
            parent[a] = b
    sys.stdout.write("\n".join(answer) + "\n")


main()
