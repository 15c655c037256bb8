"""Wrong: keeps the raw subset sums of each half (not reduced modulo M) and searches partners below M - s, so
pairs whose raw sum is M or more are never tried."""
import sys
from bisect import bisect_left


def subset_sums(values):
    sums = [0]
    for v in values:
        sums += [x + v for x in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    left = subset_sums(a[:n // 2])
    right = sorted(subset_sums(a[n // 2:]))
    best = 0
    for s in left:
        i = bisect_left(right, m - s)
        if i > 0:
            best = max(best, s + right[i - 1])
    print(best)


main()
