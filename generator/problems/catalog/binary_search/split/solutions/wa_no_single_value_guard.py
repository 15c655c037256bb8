"""Wrong: starts the search at 1 and the check lets one value exceed the limit on its own."""
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)

lo, hi = 1, total
def fits(limit):
    groups, cur = 1, 0
    for x in a:
        if cur + x > limit and cur > 0:
            groups += 1
            cur = 0
        cur += x
    return groups <= k
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
