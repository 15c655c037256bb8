"""Wrong: sorts, but the loop stops one gap early and never looks at the two largest values."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
best = a[1] - a[0]
for i in range(1, n - 2):
    best = min(best, a[i + 1] - a[i])
print(best)
