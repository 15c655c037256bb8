"""Wrong: puts each value on the pile with the LARGEST top that fits, wasting a big top on a small value (the tops
are kept sorted, so the largest one is the last)."""
import sys
from bisect import insort

data = sys.stdin.buffer.read().split()
n = int(data[0])
tops = []
for x in map(int, data[1:1 + n]):
    if tops and tops[-1] >= x:
        tops.pop()
    insort(tops, x)
print(len(tops))
