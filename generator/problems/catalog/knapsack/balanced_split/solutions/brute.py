"""Obviously correct, another tie-break: try every group (bitmask order) and print the first one with the smallest
difference."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(t) for t in data[1:1 + n]]
total = sum(a)
best = None
for mask in range(1 << n):
    side = sum(a[i] for i in range(n) if mask >> i & 1)
    if best is None or abs(total - 2 * side) < best[0]:
        best = (abs(total - 2 * side), mask)
group = [i + 1 for i in range(n) if best[1] >> i & 1]
print(best[0])
print(len(group), *group)
