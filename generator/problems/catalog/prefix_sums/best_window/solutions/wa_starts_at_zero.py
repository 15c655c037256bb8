"""Wrong: the running best starts at 0, so when every window is negative it prints 0."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(accumulate(map(int, data[2:2 + n]), initial=0))
best = 0
for i in range(n - k + 1):
    best = max(best, p[i + k] - p[i])
print(best)
