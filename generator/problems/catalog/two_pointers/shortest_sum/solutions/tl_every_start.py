"""Too slow: from every start, add values until the sum reaches S: O(N^2) when blocks are long or missing."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = n + 1
for left in range(n):
    total = 0
    for right in range(left, n):
        total += a[right]
        if total >= s:
            if right - left + 1 < best:
                best = right - left + 1
            break
print(best if best <= n else 0)
