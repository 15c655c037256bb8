"""Wrong: the right/down grid DP habit, cells in row-major order: a cell's count is pushed before routes that
come back up or from the right have reached it."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [int(x) for x in data[2:2 + n * m]]
    ways = [0] * (n * m)
    ways[0] = 1
    last = n * m - 1
    for cell in range(n * m):
        w = ways[cell] % MOD
        if w == 0 or cell == last:
            continue
        here, col = h[cell], cell % m
        if cell >= m and h[cell - m] < here:
            ways[cell - m] += w
        if cell + m <= last and h[cell + m] < here:
            ways[cell + m] += w
        if col > 0 and h[cell - 1] < here:
            ways[cell - 1] += w
        if col < m - 1 and h[cell + 1] < here:
            ways[cell + 1] += w
    print(ways[last] % MOD)


main()
