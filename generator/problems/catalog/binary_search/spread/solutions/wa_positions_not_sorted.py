"""Wrong: forgets to sort the positions (the greedy walks them in input order)."""
import sys
from bisect import bisect_left
data = sys.stdin.buffer.read().split()
n, c = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))

jumps = False

def fits(d):
    # Greedy: each item goes into the first stall at least d after the previous item.
    if jumps:
        pos, last = 0, xs[0]
        for _ in range(c - 1):
            pos = bisect_left(xs, last + d, pos + 1)
            if pos == n:
                return False
            last = xs[pos]
        return True
    placed, last = 1, xs[0]
    for x in xs:
        if x - last >= d:
            placed += 1
            if placed == c:
                return True
            last = x
    return False

lo, hi = 1, max(1, (max(xs) - min(xs)) // (c - 1))
while lo < hi:
    mid = (lo + hi + 1) // 2
    if fits(mid):
        lo = mid
    else:
        hi = mid - 1
print(lo)
