"""Wrong: bisect_right lets two equal heights both enter the chain."""
import sys
from bisect import bisect_right as bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
pairs = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])), key=lambda p: (p[0], -p[1]))
tails = []
for _, h in pairs:
    k = bisect_left(tails, h)
    if k == len(tails):
        tails.append(h)
    else:
        tails[k] = h
print(len(tails))
