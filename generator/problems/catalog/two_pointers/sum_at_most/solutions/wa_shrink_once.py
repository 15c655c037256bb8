"""Wrong: drops at most one value from the left per step (if instead of while), so the window can stay above S
and its blocks are counted anyway."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
total = 0
left = 0
for right in range(n):
    total += a[right]
    if total > s:
        total -= a[left]
        left += 1
    count += right - left + 1
print(count)
