"""Too slow: the four-dimensional table over both walkers' cells (r1, c1, r2, c2), N²·M² states, although only
the states with r1 + c1 = r2 + c2 matter."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    g = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    neg = -1
    f = [[[[neg] * m for _ in range(n)] for _ in range(m)] for _ in range(n)]
    for r1 in range(n):
        for c1 in range(m):
            for r2 in range(n):
                for c2 in range(m):
                    if r1 == c1 == r2 == c2 == 0:
                        f[0][0][0][0] = g[0][0]
                        continue
                    top = neg
                    if r1 and r2 and f[r1 - 1][c1][r2 - 1][c2] > top:
                        top = f[r1 - 1][c1][r2 - 1][c2]
                    if r1 and c2 and f[r1 - 1][c1][r2][c2 - 1] > top:
                        top = f[r1 - 1][c1][r2][c2 - 1]
                    if c1 and r2 and f[r1][c1 - 1][r2 - 1][c2] > top:
                        top = f[r1][c1 - 1][r2 - 1][c2]
                    if c1 and c2 and f[r1][c1 - 1][r2][c2 - 1] > top:
                        top = f[r1][c1 - 1][r2][c2 - 1]
                    if top < 0:
                        continue
                    gain = g[r1][c1] + (g[r2][c2] if (r1, c1) != (r2, c2) else 0)
                    f[r1][c1][r2][c2] = top + gain
    print(f[n - 1][m - 1][n - 1][m - 1])


main()
