"""Wrong: splits on the item removed FIRST and scores it with its original neighbours, but after it is gone
the two sides become neighbours, so the sides are not independent."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = [1] + [int(x) for x in data[1:1 + n]] + [1]
    best = [[0] * (n + 2) for _ in range(n + 2)]
    by_column = [[0] * (n + 2) for _ in range(n + 2)]  # by_column[j][k] = best[k][j], so the inner loop reads rows
    for length in range(1, n + 1):
        for i in range(1, n - length + 2):
            j = i + length - 1
            left, right = best[i], by_column[j]
            score = max([left[k - 1] + right[k + 1] + v[k - 1] * v[k] * v[k + 1] for k in range(i, j + 1)])
            best[i][j] = score
            by_column[j][i] = score
    print(best[1][n])


main()
