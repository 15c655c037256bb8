"""Too slow: the deepest point is always some start l_i, so count the intervals containing every start, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
ivs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best, best_at = 0, 0
for p in sorted({l for l, _ in ivs}):
    depth = sum(1 for l, r in ivs if l <= p <= r)
    if depth > best:
        best, best_at = depth, p
print(best, best_at)
