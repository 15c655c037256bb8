"""Wrong: treats a lecture that ends at x as still running at x."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = sorted(map(int, data[1:1 + 2 * n:2]))
ends = sorted(map(int, data[2:2 + 2 * n:2]))
best = j = 0
for i, x in enumerate(starts):
    while ends[j] < x:
        j += 1
    if i + 1 - j > best:
        best = i + 1 - j
print(best)
