"""Compress the x borders and the y borders; block (i, j) is [xs[i], xs[i+1]) x [ys[j], ys[j+1]). Each rectangle adds
+1/-1 at its four corners of a 2D difference array; after the 2D prefix sums a block is covered iff its count is
positive, and the answer sums the real areas of the covered blocks (up to 10^18: 64 bits)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rects = [tuple(map(int, data[1 + 4 * i:5 + 4 * i])) for i in range(n)]
    xs = sorted({r[0] for r in rects} | {r[2] for r in rects})
    ys = sorted({r[1] for r in rects} | {r[3] for r in rects})
    xi = {v: i for i, v in enumerate(xs)}
    yi = {v: i for i, v in enumerate(ys)}
    w, h = len(xs), len(ys)
    diff = [[0] * (h + 1) for _ in range(w + 1)]
    for x1, y1, x2, y2 in rects:
        a, b, c, d = xi[x1], yi[y1], xi[x2], yi[y2]
        diff[a][b] += 1
        diff[a][d] -= 1
        diff[c][b] -= 1
        diff[c][d] += 1
    area = 0
    above = [0] * (h + 1)  # prefix sums of the previous column
    for i in range(w - 1):
        row, col = diff[i], [0] * (h + 1)
        running = 0
        width = xs[i + 1] - xs[i]
        covered = 0
        for j in range(h - 1):
            running += row[j]
            col[j] = above[j] + running
            if col[j] > 0:
                covered += ys[j + 1] - ys[j]
        area += width * covered
        above = col
    print(area)


main()
