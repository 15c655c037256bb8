"""Wrong: looks for the first x with more than K products <= x (off by one on repeated values)."""
import sys

n, m, k = map(int, sys.stdin.read().split())
if n > m:
    n, m = m, n  # count over the shorter side


def count(x):
    total = 0
    for i in range(1, min(n, x) + 1):
        total += min(m, x // i)
    return total


lo, hi = 1, n * m
while lo < hi:
    mid = (lo + hi) // 2
    if count(mid) > k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
