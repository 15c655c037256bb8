"""Reference: best[i][j] = cheapest way to merge a_i..a_j into one. The last merge joins a_i..a_k with
a_(k+1)..a_j and costs the segment's total (from prefix sums). Segments by increasing length, O(N^3)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    pre = [0]
    for v in a:
        pre.append(pre[-1] + v)
    best = [[0] * n for _ in range(n)]
    by_column = [[0] * n for _ in range(n)]  # by_column[j][k] = best[k][j], so the inner loop reads rows
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            left, right = best[i], by_column[j]
            cost = min([left[k] + right[k + 1] for k in range(i, j)]) + pre[j + 1] - pre[i]
            best[i][j] = cost
            by_column[j][i] = cost
    print(best[0][n - 1])


main()
