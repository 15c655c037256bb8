"""WRONG: every point takes its own cheapest link and the distinct links are summed; the links can
leave separate groups (or pick the same pair twice under another name)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    coords = [[int(v) for v in data[1 + axis:3 * n + 1:3]] for axis in range(3)]
    # Every point links to its cheapest sorted-order neighbour on any axis; the distinct links are summed.
    links = {}
    for values in coords:
        order = sorted(range(n), key=values.__getitem__)
        for k, a in enumerate(order):
            for b in (order[k - 1] if k > 0 else None, order[k + 1] if k + 1 < n else None):
                if b is None:
                    continue
                gap = abs(values[a] - values[b])
                if a not in links or gap < links[a][0]:
                    links[a] = (gap, min(a, b), max(a, b))
    print(sum(gap for gap, _, _ in set(links.values())))


main()
