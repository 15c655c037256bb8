"""Obviously correct: every triple of different cards."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            s = a[i] + a[j] + a[k]
            if s <= m and s > best:
                best = s
print(best)
