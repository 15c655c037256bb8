"""Wrong: upper bound (first element strictly greater); differs whenever X occurs in the array."""
import sys
from bisect import bisect_right
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
print(" ".join(str(bisect_right(a, x) + 1) for x in map(int, data[2 + n:2 + n + q])))
