"""Too slow: compresses the ends, then counts the segments covering every piece by scanning them all: O(N^2)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    segs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
    coords = sorted({c for seg in segs for c in seg})
    total = 0
    for t in range(len(coords) - 1):
        a, b = coords[t], coords[t + 1]
        depth = 0
        for l, r in segs:
            if l <= a and b <= r:
                depth += 1
        if depth >= k:
            total += b - a
    print(total)


main()
