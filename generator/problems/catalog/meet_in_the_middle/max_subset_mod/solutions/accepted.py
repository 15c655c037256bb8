"""Reference (meet in the middle): every subset sum of each half, reduced modulo M (so each is in [0, M)). A total
of a left sum s and a right sum t is s + t or s + t - M; the second is below s, so the best partner of s is the
largest t < M - s (t = 0 always qualifies). Sort the right sums and binary-search. O(2^(N/2) * N)."""
import sys
from bisect import bisect_left


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
    print(max(s + right[bisect_left(right, m - s) - 1] for s in left))


main()
