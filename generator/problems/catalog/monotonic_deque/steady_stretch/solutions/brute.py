"""Obviously correct: every stretch checked with max() and min(), longest first, leftmost first."""
import sys

data = sys.stdin.read().split()
n, d = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
for length in range(n, 0, -1):
    starts = [l for l in range(n - length + 1) if max(a[l:l + length]) - min(a[l:l + length]) <= d]
    if starts:
        print(length, starts[0] + 1)
        break
