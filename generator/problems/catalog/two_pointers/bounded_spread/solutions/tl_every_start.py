"""Too slow: from every start, extend with a running max and min until the spread exceeds K: quadratic when long
blocks are steady."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
blocks = 0
for left in range(n):
    hi = lo = a[left]
    right = left
    while right < n:
        v = a[right]
        if v > hi:
            hi = v
        if v < lo:
            lo = v
        if hi - lo > k:
            break
        right += 1
    blocks += right - left
print(blocks)
