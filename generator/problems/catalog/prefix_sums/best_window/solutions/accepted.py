"""Best window of exactly K consecutive values: with prefix sums P, window i..i+K-1 sums to P[i+K-1] - P[i-1];
take the largest over all N - K + 1 windows."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(accumulate(map(int, data[2:2 + n]), initial=0))
print(max(p[i + k] - p[i] for i in range(n - k + 1)))
