"""Earliest day: binary search over the sorted distinct days; a day works when the runs of ready positions
give at least M groups (a run of length r gives r // K of them)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
b = list(map(int, data[3:3 + n]))


def groups(day):
    runs = "".join(["1" if v <= day else "0" for v in b]).split("0")
    return sum(len(r) // k for r in runs)


if m * k > n:
    print(-1)
else:
    candidates = sorted(set(b))
    lo, hi = 0, len(candidates) - 1  # the last day always works because m * k <= n
    while lo < hi:
        mid = (lo + hi) // 2
        if groups(candidates[mid]) >= m:
            hi = mid
        else:
            lo = mid + 1
    print(candidates[lo])
