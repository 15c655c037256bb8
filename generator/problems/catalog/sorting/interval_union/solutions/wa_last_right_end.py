"""Wrong: after merging, takes the right end of the last merged segment instead of the largest one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
segs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
pieces = total = 0
start, end = segs[0]
for l, r in segs[1:]:
    if l <= end:
        end = r
    else:
        pieces += 1
        total += end - start
        start, end = l, r
pieces += 1
total += end - start
print(pieces, total)
