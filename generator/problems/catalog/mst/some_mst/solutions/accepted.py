"""Reference: an edge u-v of weight w is in some minimum spanning tree iff u and v are not yet connected by
lighter edges. Kruskal by groups of equal weight: first answer every edge of the group against the union-find
of all lighter edges, then union the whole group."""
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
    i = 0
    while i < m:
        j = i
        while j < m and ws[order[j]] == ws[order[i]]:
            j += 1
        group = order[i:j]
        for e in group:
            if find(us[e]) != find(vs[e]):
                answer[e] = "YES"
        for e in group:
            a, b = find(us[e]), find(vs[e])
            if a != b:
                parent[a] = b
        i = j
    sys.stdout.write("\n".join(answer) + "\n")


main()
