"""Too slow: checks every pair i < j for a shared x or y (quadratic in N)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = data[1:1 + 2 * n:2]
ys = data[2:2 + 2 * n:2]
good = 0
for i in range(n):
    xi, yi = xs[i], ys[i]
    for j in range(i + 1, n):
        if xs[j] == xi or ys[j] == yi:
            good += 1
print(good)
