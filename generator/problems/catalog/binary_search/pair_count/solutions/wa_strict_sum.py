"""Wrong: uses a lower-bound search, so a pair whose sum is exactly K is not counted."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
total = 0
for i in range(n):
    end = bisect_left(a, k - a[i], i + 1)  # first index > i whose value is too big
    if end <= i + 1:
        break  # a is sorted: later i have even fewer partners
    total += end - (i + 1)
print(total)
