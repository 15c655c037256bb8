"""Too slow: tries every given point and sums the distances from scratch, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
best = None
for p in sorted(set(a)):
    total = sum(abs(x - p) for x in a)
    if best is None or total < best[0]:
        best = (total, p)
print(best[1], best[0])
