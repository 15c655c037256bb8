"""Obviously correct: every subset of the items in which each taken item's prerequisite is 0 or taken too."""
import sys

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
items = [(int(data[3 * i - 1]), int(data[3 * i]), int(data[3 * i + 1])) for i in range(1, n + 1)]
best = 0
for mask in range(1 << n):
    taken = [False] + [bool(mask >> i & 1) for i in range(n)]
    if all(not taken[i + 1] or items[i][0] == 0 or taken[items[i][0]] for i in range(n)):
        if sum(items[i][1] for i in range(n) if taken[i + 1]) <= cap:
            best = max(best, sum(items[i][2] for i in range(n) if taken[i + 1]))
print(best)
