"""Wrong: the usual grid DP with moves right and down only, never walking left inside a row."""
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
        cur = [prev[0] + row[0]]
        for j in range(1, m):
            cur.append(max(cur[j - 1], prev[j]) + row[j])
        prev = cur
    print(prev[m - 1])


main()
