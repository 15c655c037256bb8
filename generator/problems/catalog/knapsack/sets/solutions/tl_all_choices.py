"""Too slow: tries every combination of one option per set (nothing, one item, or the whole set)."""
import sys
from itertools import product

data = sys.stdin.buffer.read().split()
n, m, cap = int(data[0]), int(data[1]), int(data[2])
sets = [[] for _ in range(m)]
for i in range(n):
    g, w, v = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
    sets[g - 1].append((w, v))
options = []
for items in sets:
    opts = [(0, 0)] + items
    if len(items) > 1:
        opts.append((sum(w for w, _ in items), sum(v for _, v in items)))
    options.append(opts)
best = 0
for combo in product(*options):
    if sum(w for w, _ in combo) <= cap:
        best = max(best, sum(v for _, v in combo))
print(best)
