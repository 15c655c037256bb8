"""Obviously correct for small N: tries every set of steps to stand on, keeps those that end on step N, leave no
gap of two steps and never hold three steps in a row, and takes the best total."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
s = [int(x) for x in data[1:n + 1]]
best = None
for mask in range(1 << n):
    if not mask >> (n - 1) & 1:
        continue
    steps = [0] + [i + 1 for i in range(n) if mask >> i & 1]  # 0 is the ground
    if any(b - a > 2 for a, b in zip(steps, steps[1:])):
        continue
    if any(steps[k] >= 1 and steps[k + 2] - steps[k] == 2 for k in range(len(steps) - 2)):
        continue
    total = sum(s[i - 1] for i in steps[1:])
    if best is None or total > best:
        best = total
print(best)
