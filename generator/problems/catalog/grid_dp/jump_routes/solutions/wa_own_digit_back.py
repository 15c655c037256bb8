"""Wrong: pulls instead of pushes but uses the digit of the cell being filled: ways[i][j] = ways[i - d][j] +
ways[i][j - d] with d = d[i][j], as if a jump were measured by its landing cell."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    ways = [[0] * m for _ in range(n)]
    ways[0][0] = 1
    for i in range(n):
        for j in range(m):
            step = d[i][j]
            if (i, j) == (0, 0) or step == 0:
                continue
            total = 0
            if i - step >= 0:
                total += ways[i - step][j]
            if j - step >= 0:
                total += ways[i][j - step]
            ways[i][j] = total % MOD
    print(ways[n - 1][m - 1])


main()
