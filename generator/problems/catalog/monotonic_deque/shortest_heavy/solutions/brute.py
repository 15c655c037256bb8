"""Obviously correct: the sum of every stretch."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = -1
for l in range(n):
    for r in range(l, n):
        if sum(a[l:r + 1]) >= s and (best == -1 or r - l + 1 < best):
            best = r - l + 1
print(best)
