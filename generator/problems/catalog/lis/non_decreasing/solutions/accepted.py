"""Longest non-decreasing subsequence: an equal value may follow, so search to the right of equal tails."""
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
