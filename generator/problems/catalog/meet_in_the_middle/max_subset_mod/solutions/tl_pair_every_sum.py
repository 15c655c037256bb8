"""Too slow: the subset sums of both halves modulo M, then every left sum paired with every right sum, O(2^N)."""
import sys


def subset_sums_mod(values, m):
    sums = [0]
    for v in values:
        v %= m
        sums += [(x + v) % m for x in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    left = subset_sums_mod(a[:n // 2], m)
    right = subset_sums_mod(a[n // 2:], m)
    best = 0
    for s in left:
        for t in right:
            total = (s + t) % m
            if total > best:
                best = total
    print(best)


main()
