"""Greedy: put each arriving value on the pile with the SMALLEST top that is still >= it, else start a pile. The
tops then stay sorted (increasing from the first pile to the last), so that pile is found by binary search. It is
optimal: a strictly increasing subsequence needs one pile per element, and the greedy uses exactly as many piles as
the longest one (patience sorting). O(N log N)."""
import sys
from bisect import bisect_left

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
