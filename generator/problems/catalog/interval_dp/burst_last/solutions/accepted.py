"""Reference: pad the row with 1 on both ends. best[i][j] = most points from removing exactly the items i..j while
items i-1 and j+1 are still there. If k is removed LAST among i..j, its neighbours then are i-1 and j+1, and the
two sides are independent: best[i][j] = max over k of best[i][k-1] + best[k+1][j] + v[i-1]*v[k]*v[j+1].
Segments by increasing length, O(N^3)."""
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
            left, right, outer = best[i], by_column[j], v[i - 1] * v[j + 1]
            score = max([left[k - 1] + right[k + 1] + outer * v[k] for k in range(i, j + 1)])
            best[i][j] = score
            by_column[j][i] = score
    print(best[1][n])


main()
