"""Obviously correct: components by repeated label propagation (smallest label wins); a component counts when it
has at least 3 vertices, each with exactly two neighbours."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
label = list(range(n + 1))
degree = [0] * (n + 1)
for u, v in edges:
    degree[u] += 1
    degree[v] += 1
changed = True
while changed:
    changed = False
    for u, v in edges:
        low = min(label[u], label[v])
        if label[u] != low or label[v] != low:
            label[u] = label[v] = low
            changed = True
groups = {}
for x in range(1, n + 1):
    groups.setdefault(label[x], []).append(x)
print(sum(1 for g in groups.values() if len(g) >= 3 and all(degree[x] == 2 for x in g)))
