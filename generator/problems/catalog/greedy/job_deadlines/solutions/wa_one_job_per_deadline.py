"""Wrong: assumes a job must be done exactly on its deadline day."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
best = {}
for i in range(n):
    d, p = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    best[d] = max(best.get(d, 0), p)
print(sum(best.values()))
