"""Wrong: a sliding window, which only works when every value is positive."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
left = total = answer = 0
for right in range(n):
    total += a[right]
    while left <= right and total > k:
        total -= a[left]
        left += 1
    if total == k and left <= right:
        answer += 1
print(answer)
