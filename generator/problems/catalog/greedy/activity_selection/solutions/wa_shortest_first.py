"""Wrong: takes the shortest meetings first, whenever they fit."""
import sys
from bisect import bisect_left, insort

data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), key=lambda m: m[1] - m[0])
taken = []  # (start, end) sorted, pairwise compatible
for s, e in meetings:
    i = bisect_left(taken, (s, e))
    if (i == 0 or taken[i - 1][1] <= s) and (i == len(taken) or e <= taken[i][0]):
        insort(taken, (s, e))
print(len(taken))
