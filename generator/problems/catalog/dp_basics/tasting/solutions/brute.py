"""Obviously correct for small N: every set of glasses without three in a row; the largest total."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
best = 0
for mask in range(1 << n):
    if any(mask >> i & 7 == 7 for i in range(n)):
        continue
    best = max(best, sum(a[i] for i in range(n) if mask >> i & 1))
print(best)
