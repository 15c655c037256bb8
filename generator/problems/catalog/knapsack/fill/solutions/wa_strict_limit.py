"""Wrong: a total of exactly W is refused (strict comparison)."""
import sys

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
w = [int(x) for x in data[2:2 + n]]
best = 0
for mask in range(1 << n):
    total = 0
    for i in range(n):
        if mask >> i & 1:
            total += w[i]
    if total < cap and total > best:
        best = total
print(best)
