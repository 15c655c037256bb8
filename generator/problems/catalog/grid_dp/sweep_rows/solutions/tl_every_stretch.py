"""Too slow: for every row tries every entry column and every exit column, summing the stretch between them
with prefix sums: O(N * M^2)."""
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
        pre = [0]
        for v in a[i]:
            pre.append(pre[-1] + v)
        cur = []
        for j in range(m):
            best = None
            for k in range(m):
                lo, hi = min(j, k), max(j, k)
                value = prev[k] + pre[hi + 1] - pre[lo]
                if best is None or value > best:
                    best = value
            cur.append(best)
        prev = cur
    print(prev[m - 1])


main()
