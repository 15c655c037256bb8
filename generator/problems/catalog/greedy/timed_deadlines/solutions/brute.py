"""Obviously correct: every subset in every order (tiny N); the largest subset some order finishes in time."""
import sys
from itertools import combinations, permutations

data = sys.stdin.read().split()
n = int(data[0])
tasks = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]


def doable(chosen):
    for order in permutations(chosen):
        clock, ok = 0, True
        for t, d in order:
            clock += t
            if clock > d:
                ok = False
                break
        if ok:
            return True
    return False


best = 0
for k in range(n, 0, -1):
    if any(doable(c) for c in combinations(tasks, k)):
        best = k
        break
print(best)
