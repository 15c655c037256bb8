"""Wrong: searches [max(A), S - 1], so a single group (K = 1, answer S) is never reached."""
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)

def fits(limit):
    # Greedy: close a group only when the next value would push it over the limit (limit >= max(a)).
    groups, cur = 1, 0
    for x in a:
        cur += x
        if cur > limit:
            groups += 1
            if groups > k:
                return False
            cur = x
    return True

lo, hi = big, total - 1
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
