"""Wrong: takes the largest partner t <= M - s, so a total of exactly M (which is 0 modulo M) is printed as M."""
import sys
from bisect import bisect_right


def subset_sums_mod(values, m):
    sums = [0]
    for v in values:
        v %= m
        sums += [x + v - m if x + v >= m else x + v for x in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    left = subset_sums_mod(a[:n // 2], m)
    right = sorted(subset_sums_mod(a[n // 2:], m))
    print(max(s + right[bisect_right(right, m - s) - 1] for s in left))


main()
