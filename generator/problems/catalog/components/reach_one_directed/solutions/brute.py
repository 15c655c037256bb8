"""Obviously correct: grow the set {1} by every u with an edge u -> v into the set, until nothing changes."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
inside = {1}
changed = True
while changed:
    changed = False
    for u, v in edges:
        if v in inside and u not in inside:
            inside.add(u)
            changed = True
print(len(inside))
