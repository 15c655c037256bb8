"""Obviously correct: try every choice of sides and count the inversions of the final row."""
import sys
from itertools import product

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
best = None
for sides in product((0, 1), repeat=n - 1):
    row = [a[0]]
    for v, side in zip(a[1:], sides):
        row = [v] + row if side == 0 else row + [v]
    inv = sum(1 for p in range(n) for q in range(p + 1, n) if row[p] > row[q])
    best = inv if best is None else min(best, inv)
print(best)
