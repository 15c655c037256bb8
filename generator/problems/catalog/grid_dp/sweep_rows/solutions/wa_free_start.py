"""Wrong: each sweep starts its running best at 0 instead of at the first entry from above, as if a stretch
could begin for free outside the grid; with negative values it skips cells that must be paid."""
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
        best = 0
        for j in range(m):
            best = max(best, prev[j]) + row[j]
            from_left[j] = best
        cur = from_left
        best = 0
        for j in range(m - 1, -1, -1):
            best = max(best, prev[j]) + row[j]
            if best > cur[j]:
                cur[j] = best
        prev = cur
    print(prev[m - 1])


main()
