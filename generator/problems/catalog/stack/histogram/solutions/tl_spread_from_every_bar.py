"""Too slow: spreads left and right from every bar, O(N^2) when the bars are equal."""
import sys

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])]))
n = len(h)
best = 0
for i in range(n):
    l = i
    while l > 0 and h[l - 1] >= h[i]:
        l -= 1
    r = i
    while r < n - 1 and h[r + 1] >= h[i]:
        r += 1
    best = max(best, h[i] * (r - l + 1))
print(best)
