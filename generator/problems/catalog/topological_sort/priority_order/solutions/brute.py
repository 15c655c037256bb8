"""Obviously correct for tiny N: among all valid orders take the one whose list of positions (position of 1,
position of 2, ...) is lexicographically smallest."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
best = None
for perm in permutations(range(1, n + 1)):
    pos = [0] * (n + 1)
    for i, v in enumerate(perm):
        pos[v] = i
    if all(pos[u] < pos[v] for u, v in edges):
        key = pos[1:]
        if best is None or key < best[0]:
            best = (key, perm)
print(" ".join(map(str, best[1])) if best else -1)
