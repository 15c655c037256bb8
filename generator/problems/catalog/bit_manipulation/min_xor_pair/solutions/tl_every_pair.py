"""Too slow: XORs every pair, stopping only if it finds 0."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = a[0] ^ a[1]
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        v = x ^ a[j]
        if v < best:
            best = v
    if best == 0:
        break
print(best)
