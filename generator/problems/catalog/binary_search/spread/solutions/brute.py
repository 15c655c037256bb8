"""Obviously correct: every choice of C positions."""
import sys
from itertools import combinations
data = sys.stdin.read().split()
n, c = int(data[0]), int(data[1])
xs = sorted(int(v) for v in data[2:2 + n])
best = 0
for chosen in combinations(xs, c):
    best = max(best, min(b - a for a, b in zip(chosen, chosen[1:])))
print(best)
