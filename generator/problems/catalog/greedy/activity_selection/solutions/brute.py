"""Obviously correct: every subset, checking every pair."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
m = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for mask in range(1 << n):
    chosen = [m[i] for i in range(n) if mask >> i & 1]
    if len(chosen) <= best:
        continue
    if all(a[1] <= b[0] or b[1] <= a[0] for i, a in enumerate(chosen) for b in chosen[i + 1:]):
        best = len(chosen)
print(best)
