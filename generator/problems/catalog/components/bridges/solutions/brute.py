"""Obviously correct: an edge is a bridge iff, with that edge removed, its two ends are no longer connected."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
count = 0
for skip, (a, b) in enumerate(edges):
    reach = {a}
    changed = True
    while changed:
        changed = False
        for i, (u, v) in enumerate(edges):
            if i != skip and (u in reach) != (v in reach):
                reach |= {u, v}
                changed = True
    if b not in reach:
        count += 1
print(count)
