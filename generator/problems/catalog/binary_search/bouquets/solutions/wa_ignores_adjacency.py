"""Wrong: counts ready positions (ready // K groups), as if a group did not need adjacent positions."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
b = list(map(int, data[3:3 + n]))


def groups(day):
    runs = "".join(["1" if v <= day else "0" for v in b]).replace("0", "")
    return len(runs) // k


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
