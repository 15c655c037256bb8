"""Wrong: treats a spread of exactly K as too much (shrinks while max - min >= K)."""
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
    while left <= right and a[high[0]] - a[low[0]] >= k:
        left += 1
        if high[0] < left and len(high) > 1:
            high.popleft()
        if low[0] < left and len(low) > 1:
            low.popleft()
    blocks += right - left + 1
print(blocks)
