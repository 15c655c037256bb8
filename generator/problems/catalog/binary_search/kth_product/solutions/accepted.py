"""K-th smallest product i*j: binary search on the value x; count(x) = sum over rows i of min(M, x // i) is how
many products are <= x, and the answer is the smallest x with count(x) >= K."""
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
    if count(mid) >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
