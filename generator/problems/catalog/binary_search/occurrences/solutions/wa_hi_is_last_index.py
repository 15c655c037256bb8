"""Wrong: both searches run in [0, N - 1] (no 'past the end' answer), so a value equal to A_N loses one copy."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))


def first_index(x, strict):
    """First index i with a[i] > x (strict) or a[i] >= x; n when there is none."""
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] > x or (not strict and a[mid] == x):
            hi = mid
        else:
            lo = mid + 1
    return lo


out = [first_index(x, True) - first_index(x, False) for x in map(int, data[2 + n:2 + n + q])]
print(" ".join(map(str, out)))
