"""Obviously correct (tiny N): every order of the items that agrees with all results; an item's position is fixed
iff it is the same in all of them."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
pairs = [(int(data[2 + 2 * e]), int(data[3 + 2 * e])) for e in range(m)]
positions = [set() for _ in range(n + 1)]
for order in permutations(range(1, n + 1)):
    place = {v: i for i, v in enumerate(order)}
    if all(place[a] < place[b] for a, b in pairs):
        for v in range(1, n + 1):
            positions[v].add(place[v])
fixed = [v for v in range(1, n + 1) if len(positions[v]) == 1]
print(len(fixed))
if fixed:
    print(" ".join(map(str, fixed)))
