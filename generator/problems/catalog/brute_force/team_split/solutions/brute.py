"""Obviously correct: every bitmask with N/2 ones is team A; abilities summed over ordered pairs directly."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
s = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = None
for mask in range(1 << n):
    a = [i for i in range(n) if mask >> i & 1]
    if len(a) != n // 2:
        continue
    b = [i for i in range(n) if not mask >> i & 1]
    diff = abs(sum(s[i][j] for i in a for j in a) - sum(s[i][j] for i in b for j in b))
    best = diff if best is None else min(best, diff)
print(best)
