"""Wrong: forgets the empty prefix P_0 = 0, so the stretches that start at the first element are left out."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n = int(data[0])
prefix = sorted(accumulate(map(int, data[1:1 + n])))
print(sum(p * (2 * k - (n - 1)) for k, p in enumerate(prefix)))
