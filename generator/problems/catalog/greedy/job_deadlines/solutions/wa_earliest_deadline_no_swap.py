"""Wrong: earliest deadline first, never reconsiders a job once taken."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
day, total = 0, 0
for d, p in jobs:
    if day < d:
        day += 1
        total += p
print(total)
