"""Wrong: sorts by right end instead of left end, so a later long segment can reach back before the piece start."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
segs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), key=lambda s: (s[1], s[0]))
pieces = total = 0
start, end = segs[0]
for l, r in segs[1:]:
    if l <= end:
        if r > end:
            end = r
    else:
        pieces += 1
        total += end - start
        start, end = l, r
pieces += 1
total += end - start
print(pieces, total)
