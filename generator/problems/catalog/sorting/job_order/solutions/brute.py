"""Obviously correct for tiny N: try every order."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
jobs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = None
for order in permutations(jobs):
    clock = total = 0
    for t, w in order:
        clock += t
        total += w * clock
    best = total if best is None else min(best, total)
print(best)
