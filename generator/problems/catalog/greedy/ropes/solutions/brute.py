"""Obviously correct: every non-empty set of ropes."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
w = [int(x) for x in data[1:1 + n]]
best = 0
for mask in range(1, 1 << n):
    chosen = [w[i] for i in range(n) if mask >> i & 1]
    best = max(best, min(chosen) * len(chosen))
print(best)
