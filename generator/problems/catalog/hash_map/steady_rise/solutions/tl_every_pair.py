"""Too slow: every pair i < j, quadratic in N."""
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
pairs = 0
for i in range(n):
    ai = a[i]
    step = 0
    for j in range(i + 1, n):
        step += d
        if a[j] - ai == step:
            pairs += 1
print(pairs)
