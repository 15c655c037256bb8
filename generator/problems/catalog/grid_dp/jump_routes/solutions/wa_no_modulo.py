"""Wrong: the right count, but without the modulo (Python prints the huge exact number)."""
import sys


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
            if j + step < m:
                row[j + step] += w
            if i + step < n:
                ways[i + step][j] += w
    print(ways[n - 1][m - 1])


main()
