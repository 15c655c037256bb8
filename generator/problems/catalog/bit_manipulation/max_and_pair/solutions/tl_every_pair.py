"""Too slow: ANDs every pair."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = 0
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        v = x & a[j]
        if v > best:
            best = v
print(best)
