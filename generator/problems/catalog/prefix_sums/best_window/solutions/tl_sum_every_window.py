"""Too slow: adds up every window from scratch (O(N*K))."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = None
for i in range(n - k + 1):
    total = 0
    for j in range(i, i + k):
        total += a[j]
    if best is None or total > best:
        best = total
print(best)
