"""Too slow: checks every pair, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = abs(a[1] - a[0])
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        d = x - a[j]
        if -best < d < best:
            best = abs(d)
print(best)
