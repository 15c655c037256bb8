"""Wrong: counts only routes that move right or down (the usual grid-path DP), missing routes that turn up or
left on their way downhill."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    ways = [[0] * m for _ in range(n)]
    ways[0][0] = 1
    for i in range(n):
        for j in range(m):
            if i > 0 and h[i - 1][j] > h[i][j]:
                ways[i][j] += ways[i - 1][j]
            if j > 0 and h[i][j - 1] > h[i][j]:
                ways[i][j] += ways[i][j - 1]
            ways[i][j] %= MOD
    print(ways[n - 1][m - 1])


main()
