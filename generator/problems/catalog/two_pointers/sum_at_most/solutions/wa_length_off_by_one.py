"""Wrong: adds right - left per right end, forgetting the block that starts at the right end itself."""
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
    count += right - left
print(count)
