"""Too slow: every pair i < j, quadratic in N."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
pairs = 0
for i in range(n):
    need = k - a[i]
    for j in range(i + 1, n):
        if a[j] == need:
            pairs += 1
print(pairs)
