"""Obviously correct for tiny N: try every permutation, keep the ones that put u before v for every pair."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
valid = []
for perm in permutations(range(1, n + 1)):
    pos = {v: i for i, v in enumerate(perm)}
    if all(pos[u] < pos[v] for u, v in edges):
        valid.append(perm)
        if len(valid) == 2:
            break
if not valid:
    print("IMPOSSIBLE")
elif len(valid) > 1:
    print("AMBIGUOUS")
else:
    print(" ".join(map(str, valid[0])))
