"""Too slow: try every order of the weights and, in each, take every weight that still fits. Some order puts a best
choice first, so the answer is right, but 12! = 479 001 600 orders are far too many, even for PyPy."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
weights = [int(x) for x in data[2:2 + n]]
best = 0
for order in permutations(weights):
    total = 0
    for w in order:
        if total + w <= cap:
            total += w
    if total > best:
        best = total
print(best)
