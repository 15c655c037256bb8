"""Wrong: forgets to remove duplicates, so it counts smaller elements, not smaller values."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
s = sorted(a)
print(" ".join(str(bisect_left(s, v)) for v in a))
