"""Wrong: counts how many elements end a longest subsequence, not how many subsequences there are."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails, ends = [], []
for x in a:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
        ends.append(0)
    tails[k] = x
    ends[k] += 1
print(len(tails), ends[-1])
