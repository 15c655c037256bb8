"""Wrong: keeps the subset sums of each half in a set, so subsets with equal totals are counted once."""
import sys
from bisect import bisect_right


def subset_sums(values):
    sums = [0]
    for v in values:
        sums += [s + v for s in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, c = int(data[0]), int(data[1])
    w = [int(x) for x in data[2:2 + n]]
    left = set(subset_sums(w[:n // 2]))
    right = sorted(set(subset_sums(w[n // 2:])))
    print(sum(bisect_right(right, c - s) for s in left if s <= c))


main()
