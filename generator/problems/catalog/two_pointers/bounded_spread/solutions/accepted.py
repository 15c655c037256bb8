"""Reference: for each right end, the smallest left end of a steady block only moves right. Two monotonic deques
of indices give the window's max (decreasing values) and min (increasing values); every left end from `left` to
`right` makes a steady block."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
high, low = deque(), deque()
left = 0
blocks = 0
for right in range(n):
    v = a[right]
    while high and a[high[-1]] <= v:
        high.pop()
    high.append(right)
    while low and a[low[-1]] >= v:
        low.pop()
    low.append(right)
    while a[high[0]] - a[low[0]] > k:
        left += 1
        if high[0] < left:
            high.popleft()
        if low[0] < left:
            low.popleft()
    blocks += right - left + 1
print(blocks)
