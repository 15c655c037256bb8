"""Nearest value: i = first index with A_i >= X (lower bound in [0, N]); the answer is A_i or A_(i-1), whichever is
closer, the smaller one (A_(i-1)) on a tie."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] >= x:
            hi = mid
        else:
            lo = mid + 1
    if lo == n:
        best = a[n - 1]
    elif lo == 0:
        best = a[0]
    else:
        best = a[lo - 1] if x - a[lo - 1] <= a[lo] - x else a[lo]
    out.append(best)
print(" ".join(map(str, out)))
