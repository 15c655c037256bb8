"""Obviously correct: every way to place the K - 1 cuts."""
import sys
from itertools import combinations
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
best = None
for cuts in combinations(range(1, n), k - 1):
    bounds = (0,) + cuts + (n,)
    worst = max(sum(a[bounds[i]:bounds[i + 1]]) for i in range(k))
    best = worst if best is None else min(best, worst)
print(best)
