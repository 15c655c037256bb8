"""Reference: a route never goes up and never revisits a cell, so inside one row it walks one contiguous stretch
in one direction, entered from the row above. Row 1 can only be walked to the right from the start. For each
further row, best entering from above = prev[j]; sweeping left to right gives the best stretch ending at j
coming from the left, right to left the one coming from the right, and the row's value at j is the larger.
O(N * M)."""
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
        from_left = [0] * m
        best = prev[0] + row[0]
        from_left[0] = best
        for j in range(1, m):
            best = max(best, prev[j]) + row[j]
            from_left[j] = best
        cur = from_left
        best = prev[m - 1] + row[m - 1]
        for j in range(m - 2, -1, -1):
            best = max(best, prev[j]) + row[j]
            if best > cur[j]:
                cur[j] = best
        prev = cur
    print(prev[m - 1])


main()
