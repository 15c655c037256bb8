"""Obviously correct: every set of values to keep (2^N masks); the answer is N minus the largest strictly
decreasing one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = 0
for mask in range(1, 1 << n):
    kept = [a[i] for i in range(n) if mask >> i & 1]
    if all(kept[j] > kept[j + 1] for j in range(len(kept) - 1)):
        best = max(best, len(kept))
print(n - best)
