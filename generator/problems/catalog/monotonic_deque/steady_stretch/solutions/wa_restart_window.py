"""Wrong: when the stretch breaks it restarts from the newest value alone, losing stretches that begin in
between (the left end must move only as far as needed)."""
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
left = 0
hi = lo = a[0]
best_len, best_start = 1, 0
for r in range(1, n):
    x = a[r]
    if max(hi, x) - min(lo, x) > d:
        left, hi, lo = r, x, x
    else:
        hi, lo = max(hi, x), min(lo, x)
    if r - left + 1 > best_len:
        best_len, best_start = r - left + 1, left
print(best_len, best_start + 1)
