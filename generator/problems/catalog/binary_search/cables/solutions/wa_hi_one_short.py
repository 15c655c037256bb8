"""Wrong: the search range stops one below the longest cable (one cable and N = 1 needs the whole cable)."""
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)

lo, hi = 1, max(ls) - 1  # (wrong: the longest cable itself is never tried)
while lo < hi:
    mid = (lo + hi + 1) // 2
    if pieces(mid) >= n:
        lo = mid
    else:
        hi = mid - 1
print(lo)
