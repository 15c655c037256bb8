"""Obviously correct: every day's units bought at the cheapest day that is still fresh on that day."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
p = list(map(int, data[2:2 + n]))
c = list(map(int, data[2 + n:2 + 2 * n]))
total = 0
for i in range(n):
    total += c[i] * min(p[j] for j in range(n) if j <= i < j + k)
print(total)
