"""Wrong: sort by size and greedily take every rectangle that the last taken one fits inside."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pairs = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
last, count = pairs[0], 1
for w, h in pairs[1:]:
    if last[0] < w and last[1] < h:
        last, count = (w, h), count + 1
print(count)
