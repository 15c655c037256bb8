"""Wrong: the right-to-left sweep starts from the left-to-right results instead of from the row above, so a
route may walk right and then back left over the same cells, counting them twice."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    prev, run = [], 0
    for v in a[0]:
        run += v
        prev.append(run)
    for i in range(1, n):
        row = a[i]
        cur = [0] * m
        best = prev[0] + row[0]
        cur[0] = best
        for j in range(1, m):
            best = max(best, prev[j]) + row[j]
            cur[j] = best
        best = cur[m - 1]
        for j in range(m - 2, -1, -1):
            best = max(best + row[j], cur[j])
            cur[j] = best
        prev = cur
    print(prev[m - 1])


main()
