"""Wrong: the answer is searched in [1, max) only, so 'as long as the longest cable' is never found."""
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)

lo, hi = 1, max(ls)
while lo < hi:
    mid = (lo + hi) // 2
    if pieces(mid) >= n:
        lo = mid + 1
    else:
        hi = mid
print(lo - 1 if lo > 1 else 1)
