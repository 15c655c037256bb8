"""Wrong: takes the middle of the input order as the median (forgets to sort)."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
mid = n // 2
prefix = [0]
for v in a:
    prefix.append(prefix[-1] + v)


def cost(m):
    end = bisect_left(a, m, mid)  # a[mid:end] are the upper-half values below m
    return (end - mid) * m - (prefix[end] - prefix[mid])


lo, hi = a[mid], a[mid] + k  # cost(lo) = 0; raising only the median by k can never go further
while lo < hi:
    m = (lo + hi + 1) // 2
    if cost(m) <= k:
        lo = m
    else:
        hi = m - 1
print(lo)
