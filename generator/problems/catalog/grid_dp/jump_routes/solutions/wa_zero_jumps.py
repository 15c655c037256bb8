"""Wrong: forgets that a 0 cell cannot move and that the route ends on the last cell: a jump of 0 lands on the
cell itself and adds its count to itself (twice), which also inflates the last cell."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    ways = [[0] * m for _ in range(n)]
    ways[0][0] = 1
    for i in range(n):
        row, digits = ways[i], d[i]
        for j in range(m):
            w, step = row[j] % MOD, digits[j]
            if j + step < m:
                row[j + step] += w
            if i + step < n:
                ways[i + step][j] += w
    print(ways[n - 1][m - 1] % MOD)


main()
