"""Reference: a link's cost is the smallest of its three axis gaps, so it is enough to offer, on each axis, the
links between neighbours in that axis's sorted order (3(N-1) candidates, costed by that axis's gap); a cheaper
path along the sorted order always exists for any other pair. Kruskal on the candidates."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    coords = [[int(v) for v in data[1 + axis:3 * n + 1:3]] for axis in range(3)]
    shift = 1 << 17
    edges = []
    for values in coords:
        order = sorted(range(n), key=values.__getitem__)
        for a, b in zip(order, order[1:]):
            # One sortable integer per candidate: gap, then both ends.
            edges.append(((values[b] - values[a]) * shift + a) * shift + b)
    edges.sort()
    parent = list(range(n))
    total, joined = 0, 0
    mask = shift - 1
    for key in edges:
        b = key & mask
        a = (key >> 17) & mask
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            parent[a] = b
            total += key >> 34
            joined += 1
            if joined == n - 1:
                break
    print(total)


main()
