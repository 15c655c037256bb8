"""Wrong: lets the matching partner k start at i+1, so for an adjacent equal pair the empty inside costs 0 and
the pair itself is never paid for."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [int(x) for x in data[1:1 + n]]
    best = [[0] * (n + 2) for _ in range(n + 2)]
    same = [[k for k in range(i + 1, n) if c[k] == c[i]] for i in range(n)]
    for i in range(n - 1, -1, -1):
        row, inner = best[i], best[i + 1]
        for j in range(i, n):
            value = 1 + inner[j + 1]
            for k in same[i]:
                if k > j:
                    break
                candidate = inner[k] + best[k + 1][j + 1]
                if candidate < value:
                    value = candidate
            row[j + 1] = value
    print(best[0][n])


main()
