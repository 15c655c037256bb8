"""Obviously correct: every subset of the things, the largest one within the budget."""
import sys

data = sys.stdin.read().split()
n, budget = int(data[0]), int(data[1])
prices = [int(x) for x in data[2:2 + n]]
best = 0
for mask in range(1 << n):
    chosen = [prices[i] for i in range(n) if mask >> i & 1]
    if sum(chosen) <= budget:
        best = max(best, len(chosen))
print(best)
