"""Obviously correct: every non-empty team of at most K members (tiny inputs only)."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
members = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
best = 0
for size in range(1, k + 1):
    for team in combinations(members, size):
        best = max(best, sum(s for s, _ in team) * min(e for _, e in team))
print(best)
