"""Wrong: applies the "k-th prefix is added k times" count to the prefix sums in their original order, which adds up
P_j - P_i for i < j without the absolute value (right only when no value is negative)."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n = int(data[0])
prefix = list(accumulate(map(int, data[1:1 + n]), initial=0))
print(sum(p * (2 * k - n) for k, p in enumerate(prefix)))
