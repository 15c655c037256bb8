"""Wrong: the two-pointer window for positive values (shrink while the sum stays at least S); negative values
break it."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
left, total, best = 0, 0, n + 1
for right in range(n):
    total += a[right]
    while left <= right and total >= s:
        best = min(best, right - left + 1)
        total -= a[left]
        left += 1
print(best if best <= n else -1)
