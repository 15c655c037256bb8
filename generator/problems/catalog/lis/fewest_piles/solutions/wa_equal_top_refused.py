"""Wrong: a value may only go on a strictly larger top (bisect_right), so equal values need separate piles."""
import sys
from bisect import bisect_right as bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
tops = []
for x in map(int, data[1:1 + n]):
    k = bisect_left(tops, x)  # first pile whose top is >= x
    if k == len(tops):
        tops.append(x)
    else:
        tops[k] = x
print(len(tops))
