"""Wrong: richest first, but only compares the count taken so far with the job's own deadline."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])), reverse=True)
taken, total = 0, 0
for p, d in jobs:
    if taken < d:
        taken += 1
        total += p
print(total)
