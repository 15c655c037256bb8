"""Reference (meet in the middle): every subset sum of the first half and of the second half (2^(N/2) each,
built by doubling a list); sort the second half's sums; for each first-half sum s <= C, the number of partners is
bisect_right(right, C - s). O(2^(N/2) * N)."""
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
    left = subset_sums(w[:n // 2])
    right = sorted(subset_sums(w[n // 2:]))
    print(sum(bisect_right(right, c - s) for s in left if s <= c))


main()
