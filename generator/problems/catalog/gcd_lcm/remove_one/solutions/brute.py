"""Obviously correct: remove each number in turn and try every candidate divisor of the rest."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
results = []
for i in range(n):
    rest = a[:i] + a[i + 1:]
    g = max(d for d in range(1, min(rest) + 1) if all(x % d == 0 for x in rest))
    results.append((-g, i + 1))
g, i = min(results)
print(-g, i)
