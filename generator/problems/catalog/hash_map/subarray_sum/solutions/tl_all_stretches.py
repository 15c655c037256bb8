"""Too slow: every start, extending the end with a running sum: quadratic in N."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
found = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        if total == k:
            found += 1
print(found)
