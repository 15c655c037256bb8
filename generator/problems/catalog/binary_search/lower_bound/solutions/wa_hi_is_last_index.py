"""Wrong: searches only inside the array (hi = N - 1), so 'larger than everything' becomes N, not N + 1."""
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] >= x:
            hi = mid
        else:
            lo = mid + 1
    out.append(lo + 1)
print(" ".join(map(str, out)))
