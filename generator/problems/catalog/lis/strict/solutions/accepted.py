"""Longest strictly increasing subsequence: tails[k] = the smallest last value of an increasing subsequence of
length k + 1 (patience sorting with binary search)."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails = []
for x in a:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
