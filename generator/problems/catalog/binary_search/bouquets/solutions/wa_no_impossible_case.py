"""Wrong: assumes the last day always works and never prints -1 (forgets M * K > N)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
b = list(map(int, data[3:3 + n]))


def groups(day):
    runs = "".join(["1" if v <= day else "0" for v in b]).split("0")
    return sum(len(r) // k for r in runs)


candidates = sorted(set(b))
lo, hi = 0, len(candidates) - 1
while lo < hi:
    mid = (lo + hi) // 2
    if groups(candidates[mid]) >= m:
        hi = mid
    else:
        lo = mid + 1
print(candidates[lo])
