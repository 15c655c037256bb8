"""Wrong: answers whether X occurs (1 or 0) instead of how many times, as a plain membership search would."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))


def first_index(x, strict):
    """First index i with a[i] > x (strict) or a[i] >= x; n when there is none."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] > x or (not strict and a[mid] == x):
            hi = mid
        else:
            lo = mid + 1
    return lo


out = [min(1, first_index(x, True) - first_index(x, False)) for x in map(int, data[2 + n:2 + n + q])]
print(" ".join(map(str, out)))
