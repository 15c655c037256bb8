"""Too slow: the natural shortcut, one sorted list kept with bisect.insort; each insertion shifts the list, so a
decreasing sequence costs O(N^2)."""
import sys
from bisect import bisect_right, insort

data = sys.stdin.buffer.read().split()
n = int(data[0])
s = []
total = 0
for x in map(int, data[1:1 + n]):
    total += len(s) - bisect_right(s, x)
    insort(s, x)
print(total)
