"""Too slow: tries every pair of indices (N^2 / 2 sums)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total = 0
for i in range(n):
    limit = k - a[i]
    for j in range(i + 1, n):
        if a[j] <= limit:
            total += 1
print(total)
