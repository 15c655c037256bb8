"""Wrong: answers the first value >= X (or the last value), never checking the closer left neighbour."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] >= x:
            hi = mid
        else:
            lo = mid + 1
    if lo == n:
        best = a[n - 1]
    else:
        best = a[lo]
    out.append(best)
print(" ".join(map(str, out)))
