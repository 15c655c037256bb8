"""Wrong: a two-pointer window that shrinks while the sum is above K; right only when no value is negative (and
K > 0 with no zeros)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
left = 0
total = 0
found = 0
for right in range(n):
    total += a[right]
    while left <= right and total > k:
        total -= a[left]
        left += 1
    if total == k and left <= right:
        found += 1
print(found)
