"""Wrong: bisect_left counts partner sums strictly below C - s, so totals exactly equal to C are lost."""
import sys
from bisect import bisect_left


def subset_sums(values):
    sums = [0]
    for v in values:
        sums += [s + v for s in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, c = int(data[0]), int(data[1])
    w = [int(x) for x in data[2:2 + n]]
    left = subset_sums(w[:n // 2])
    right = sorted(subset_sums(w[n // 2:]))
    print(sum(bisect_left(right, c - s) for s in left if s <= c))


main()
