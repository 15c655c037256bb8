"""Wrong: the longest contiguous run (a subarray, not a subsequence)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = run = 1
for i in range(1, n):
    run = run + 1 if a[i - 1] < a[i] else 1
    best = max(best, run)
print(best, 1)
