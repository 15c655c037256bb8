"""Reference: sliding window. Extend the right end; while the window holds more than K zeros, drop the left end."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
zero = ord("0")
best = 0
zeros = 0
left = 0
for right in range(n):
    if s[right] == zero:
        zeros += 1
    while zeros > k:
        if s[left] == zero:
            zeros -= 1
        left += 1
    if right - left + 1 > best:
        best = right - left + 1
print(best)
