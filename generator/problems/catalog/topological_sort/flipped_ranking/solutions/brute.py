"""Obviously correct on tiny inputs: try every ranking and keep those in which exactly the listed pairs are in
the other order than last time."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
old = [int(x) for x in data[1:n + 1]]
m = int(data[n + 1])
listed = {frozenset((int(data[n + 2 + 2 * k]), int(data[n + 3 + 2 * k]))) for k in range(m)}
old_pos = {t: i for i, t in enumerate(old)}
found = []
for new in permutations(range(1, n + 1)):
    pos = {t: i for i, t in enumerate(new)}
    if all(((old_pos[a] < old_pos[b]) != (pos[a] < pos[b])) == (frozenset((a, b)) in listed)
           for a in range(1, n + 1) for b in range(a + 1, n + 1)):
        found.append(new)
print(" ".join(map(str, found[0])) if found else "IMPOSSIBLE")
