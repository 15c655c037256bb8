"""Obviously correct on tiny maps: islands by repeated smallest-label spreading until nothing changes, bridges
by checking every pair of land cells in one row or column, the cheapest bridge per pair of islands, then every
set of (islands - 1) of those links that connects all islands."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
grid = data[2:2 + r]
cells = [(i, j) for i in range(r) for j in range(c) if grid[i][j] == "#"]
label = {cell: k for k, cell in enumerate(cells)}
changed = True
while changed:
    changed = False
    for (i, j) in cells:
        for nb in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if nb in label and label[nb] < label[(i, j)]:
                label[(i, j)] = label[nb]
                changed = True
names = sorted(set(label.values()))
index = {name: k for k, name in enumerate(names)}
k = len(names)

best = {}
for a, b in combinations(cells, 2):
    if a[0] == b[0]:
        between = [grid[a[0]][j] for j in range(min(a[1], b[1]) + 1, max(a[1], b[1]))]
    elif a[1] == b[1]:
        between = [grid[i][a[1]] for i in range(min(a[0], b[0]) + 1, max(a[0], b[0]))]
    else:
        continue
    if len(between) >= 2 and all(ch == "." for ch in between):
        x, y = sorted((index[label[a]], index[label[b]]))
        if x != y:
            best[(x, y)] = min(best.get((x, y), len(between)), len(between))


def connects(chosen):
    group = list(range(k))
    for (x, y) in chosen:
        gx, gy = group[x], group[y]
        group = [gx if g == gy else g for g in group]
    return len(set(group)) == 1


costs = [sum(best[p] for p in chosen) for chosen in combinations(best, k - 1) if connects(chosen)]
print(min(costs) if costs else -1)
