"""Wrong: assumes a piece can never be longer than the shortest cable."""
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)

lo, hi = 1, min(ls)
while lo < hi:
    mid = (lo + hi + 1) // 2
    if pieces(mid) >= n:
        lo = mid
    else:
        hi = mid - 1
print(lo)
