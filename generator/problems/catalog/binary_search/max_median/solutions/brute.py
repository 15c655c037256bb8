"""Obviously correct: try medians upwards from the current one; the cost of a median m is what it takes to lift every
value from the middle of the sorted list upwards to at least m."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(int(v) for v in data[2:2 + n])
m = a[n // 2]
while sum(max(0, m + 1 - v) for v in a[n // 2:]) <= k:
    m += 1
print(m)
