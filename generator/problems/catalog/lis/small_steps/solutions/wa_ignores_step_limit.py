"""Wrong: the plain longest strictly increasing subsequence (patience sorting); the limit K on each step is
ignored."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
tails = []
for x in a:
    p = bisect_left(tails, x)
    if p == len(tails):
        tails.append(x)
    else:
        tails[p] = x
print(len(tails))
