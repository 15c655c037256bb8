"""Reference: every jump goes right or down, so row-major order visits a cell after every cell that can jump to
it. ways[i][j] is pushed to the two landing cells; the last cell is never left (the route ends there) and a 0
cell never moves. O(N * M)."""
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
            w, step = row[j], digits[j]
            if w == 0 or step == 0 or (i == n - 1 and j == m - 1):
                continue
            w %= MOD
            if j + step < m:
                row[j + step] += w
            if i + step < n:
                ways[i + step][j] += w
    print(ways[n - 1][m - 1] % MOD)


main()
