"""Too slow: the textbook 0/1 knapsack table over every capacity from W down to each weight, N * W = 1.2 * 10^7 steps
in Python when W is 10^6 (the weights are few, so trying every subset is the fast way)."""
import sys

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
weights = [int(x) for x in data[2:2 + n]]
best = [0] * (cap + 1)
for w in weights:
    for c in range(cap, w - 1, -1):
        best[c] = max(best[c], best[c - w] + w)
print(best[cap])
