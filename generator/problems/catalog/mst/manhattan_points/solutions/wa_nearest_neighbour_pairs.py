"""WRONG: links every point to its nearest other point and sums the distinct links (the links may form several
separate clusters)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = [int(v) for v in data[1:2 * n + 1:2]]
    ys = [int(v) for v in data[2:2 * n + 2:2]]
    links = {}
    for i in range(n):
        best = None
        for j in range(n):
            if j != i:
                d = abs(xs[i] - xs[j]) + abs(ys[i] - ys[j])
                if best is None or (d, j) < best:
                    best = (d, j)
        if best is not None:
            links[(min(i, best[1]), max(i, best[1]))] = best[0]
    print(sum(links.values()))


main()
