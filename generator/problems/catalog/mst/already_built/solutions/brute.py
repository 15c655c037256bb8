"""Obviously correct on tiny inputs: try every subset of the buildable roads, keep the cheapest that (with the
built roads) connects all vertices; -1 if none does."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, k, m = int(data[0]), int(data[1]), int(data[2])
built = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(k)]
base = 3 + 2 * k
roads = [(int(data[base + 3 * i]), int(data[base + 3 * i + 1]), int(data[base + 3 * i + 2])) for i in range(m)]


def connects(pairs):
    reached, stack = {1}, [1]
    while stack:
        x = stack.pop()
        for u, v in pairs:
            for a, b in ((u, v), (v, u)):
                if a == x and b not in reached:
                    reached.add(b)
                    stack.append(b)
    return len(reached) == n


best = -1
for size in range(m + 1):
    for chosen in combinations(roads, size):
        if connects(built + [(u, v) for u, v, _ in chosen]):
            cost = sum(w for _, _, w in chosen)
            best = cost if best < 0 else min(best, cost)
print(best)
