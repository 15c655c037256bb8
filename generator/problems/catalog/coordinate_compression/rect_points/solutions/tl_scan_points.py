"""Too slow: for every rectangle, scan all points (points sorted by x, so only the x-slab is scanned): O(NQ)."""
import sys
from bisect import bisect_left, bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pts = sorted((int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n))
    px = [x for x, _ in pts]
    py = [y for _, y in pts]
    out = []
    base = 2 + 2 * n
    for j in range(q):
        x1, y1, x2, y2 = (int(t) for t in data[base + 4 * j:base + 4 * j + 4])
        a, b = bisect_left(px, x1), bisect_right(px, x2)
        out.append(sum(1 for y in py[a:b] if y1 <= y <= y2))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
