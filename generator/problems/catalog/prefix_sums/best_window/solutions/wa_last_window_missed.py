"""Wrong: the last window (ending at A_N) is never considered."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(accumulate(map(int, data[2:2 + n]), initial=0))
print(max(p[i + k] - p[i] for i in range(max(1, n - k))))
