"""Reference: sliding window. Extend the right end; while the sum exceeds S, drop the left end. Then every start
from left to right gives a valid block ending here: add right - left + 1."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
total = 0
left = 0
for right in range(n):
    total += a[right]
    while total > s:
        total -= a[left]
        left += 1
    count += right - left + 1
print(count)
