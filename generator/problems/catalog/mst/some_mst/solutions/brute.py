"""Obviously correct on tiny graphs: list every spanning tree (sets of N-1 edges that connect all vertices), keep
the cheapest ones, and say YES for each edge used by at least one of them."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]


def spanning(chosen):
    label = list(range(n + 1))
    for i in chosen:
        u, v, _ = edges[i]
        a, b = label[u], label[v]
        if a == b:
            return False
        label = [a if x == b else x for x in label]
    return len(set(label[1:])) == 1


trees = [c for c in combinations(range(m), n - 1) if spanning(c)]
best = min(sum(edges[i][2] for i in c) for c in trees)
used = set()
for c in trees:
    if sum(edges[i][2] for i in c) == best:
        used.update(c)
print("\n".join("YES" if i in used else "NO" for i in range(m)))
