"""Too slow: Prim without a distance array — every step scans all (inside, outside) pairs for the cheapest one,
O(N^3)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = [int(v) for v in data[1:2 * n + 1:2]]
    ys = [int(v) for v in data[2:2 * n + 2:2]]
    inside, outside = [0], list(range(1, n))
    total = 0
    while outside:
        best = None
        for a in inside:
            for k, b in enumerate(outside):
                d = abs(xs[a] - xs[b]) + abs(ys[a] - ys[b])
                if best is None or d < best[0]:
                    best = (d, k)
        total += best[0]
        inside.append(outside.pop(best[1]))
    print(total)


main()
