"""Too slow: from every start, add values until the sum exceeds S: O(N^2) when S is large."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
for left in range(n):
    total = 0
    for right in range(left, n):
        total += a[right]
        if total > s:
            break
        count += 1
print(count)
