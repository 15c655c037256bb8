"""Wrong: when both walkers stand on the same cell, its value is counted twice."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    g = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    best = [[-1] * n for _ in range(n)]
    best[0][0] = g[0][0]
    for s in range(1, n + m - 1):
        new = [[-1] * n for _ in range(n)]
        lo, hi = max(0, s - m + 1), min(n - 1, s)
        for r1 in range(lo, hi + 1):
            v1 = g[r1][s - r1]
            row, up = best[r1], best[r1 - 1] if r1 else None
            for r2 in range(r1, hi + 1):
                top = row[r2]
                if r2 and row[r2 - 1] > top:
                    top = row[r2 - 1]
                if up is not None:
                    if up[r2] > top:
                        top = up[r2]
                    if r2 and up[r2 - 1] > top:
                        top = up[r2 - 1]
                if top < 0:
                    continue
                total = top + v1 + g[r2][s - r2]
                new[r1][r2] = new[r2][r1] = total
        best = new
    print(best[n - 1][n - 1])


main()
