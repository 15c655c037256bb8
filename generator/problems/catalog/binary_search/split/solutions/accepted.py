"""Minimise the largest group sum: binary search on the limit in [max(max A, ceil(S/K)), that + max A], greedy check."""
import sys
from bisect import bisect_right
from itertools import accumulate
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)

prefix = list(accumulate(a, initial=0))
jumps = k * 16 < n  # few groups: jump along prefix sums with bisect

def fits(limit):
    # Greedy: close a group only when the next value would push it over the limit (limit >= max(a)).
    if jumps:
        pos, groups = 0, 0
        while pos < n:
            pos = bisect_right(prefix, prefix[pos] + limit, pos + 1) - 1
            groups += 1
            if groups > k:
                return False
        return True
    groups, cur = 1, 0
    for x in a:
        cur += x
        if cur > limit:
            groups += 1
            if groups > k:
                return False
            cur = x
    return True

lo = max(big, (total + k - 1) // k)
hi = min(total, lo + big)
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
