"""Obviously correct: try every number of copies of every kind."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
best = 0
for amounts in product(*[range(cap // w + 1) for w, _ in items]):
    if sum(a * w for a, (w, _) in zip(amounts, items)) <= cap:
        best = max(best, sum(a * v for a, (_, v) in zip(amounts, items)))
print(best)
