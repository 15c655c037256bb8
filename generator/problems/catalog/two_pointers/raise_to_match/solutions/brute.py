"""Obviously correct: for every candidate value v among the inputs, raise the largest values not above v first,
one by one, while the budget lasts."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
best = None
for v in sorted(set(a)):
    below = sorted((x for x in a if x <= v), reverse=True)
    budget, count = k, 0
    for x in below:
        if v - x > budget:
            break
        budget -= v - x
        count += 1
    if best is None or count > best[0]:
        best = (count, v)
print(best[0], best[1])
