"""Obviously correct for small integer ends: every unit piece [x, x + 1] of the line, count the segments holding it."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
segs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
low, high = min(l for l, _ in segs), max(r for _, r in segs)
print(sum(1 for x in range(low, high) if sum(1 for l, r in segs if l <= x and x + 1 <= r) >= k))
