"""Wrong: searches [median, median + K) with the top excluded, so spending all K on the median alone is missed."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
mid = n // 2
prefix = [0]
for v in a:
    prefix.append(prefix[-1] + v)


def cost(m):
    end = bisect_left(a, m, mid)  # a[mid:end] are the upper-half values below m
    return (end - mid) * m - (prefix[end] - prefix[mid])


lo, hi = a[mid], max(a[mid], a[mid] + k - 1)
while lo < hi:
    m = (lo + hi + 1) // 2
    if cost(m) <= k:
        lo = m
    else:
        hi = m - 1
print(lo)
