"""Wrong: bisect_left counts pairs of equal values as inversions too."""
import sys
from bisect import bisect_left, insort
from itertools import repeat
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
runs = []
for i in range(0, n, 64):  # sorted blocks of 64, counting inversions inside each block
    s = []
    for x in a[i:i + 64]:
        total += len(s) - bisect_left(s, x)
        insort(s, x)
    runs.append(s)
while len(runs) > 1:
    nxt = []
    for i in range(0, len(runs) - 1, 2):
        left, right = runs[i], runs[i + 1]
        total += len(left) * len(right) - sum(map(bisect_left, repeat(left, len(right)), right))
        left += right
        left.sort()
        nxt.append(left)
    if len(runs) % 2:
        nxt.append(runs[-1])
    runs = nxt
print(total)
