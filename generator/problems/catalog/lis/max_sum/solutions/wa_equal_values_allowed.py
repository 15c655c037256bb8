"""Wrong: an equal value may follow (non-decreasing chains are counted too)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = [0] * n
for i in range(n):
    best[i] = a[i]
    for j in range(i):
        if a[j] <= a[i] and best[j] + a[i] > best[i]:
            best[i] = best[j] + a[i]
print(max(best))
