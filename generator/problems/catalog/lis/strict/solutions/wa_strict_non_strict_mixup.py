"""Wrong: bisect_right lets an equal value extend a subsequence (non-decreasing, not strictly increasing)."""
import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails = []
for x in a:
    k = bisect_right(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
