"""Obviously correct: every subset of the items, kept when each set is untouched, has one item taken, or is
taken whole; the best value among those within the capacity."""
import sys

data = sys.stdin.read().split()
n, m, cap = int(data[0]), int(data[1]), int(data[2])
items = [(int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])) for i in range(n)]
size = [0] * (m + 1)
for g, _, _ in items:
    size[g] += 1
best = 0
for mask in range(1 << n):
    taken = [0] * (m + 1)
    weight = value = 0
    for i in range(n):
        if mask >> i & 1:
            g, w, v = items[i]
            taken[g] += 1
            weight += w
            value += v
    if weight <= cap and all(taken[g] <= 1 or taken[g] == size[g] for g in range(1, m + 1)):
        best = max(best, value)
print(best)
