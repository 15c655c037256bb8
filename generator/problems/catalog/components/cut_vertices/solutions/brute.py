"""Obviously correct: a vertex is a cut vertex iff removing it leaves more components among the other vertices than
there were (components counted by label propagation)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]


def components(skip):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for u, v in edges:
            if skip in (u, v):
                continue
            low = min(label[u], label[v])
            if label[u] != low or label[v] != low:
                label[u] = label[v] = low
                changed = True
    return len({label[x] for x in range(1, n + 1) if x != skip})


before = components(0)
# Removing an isolated vertex lowers the count by one; any other vertex that is not a cut vertex keeps it.
print(sum(1 for x in range(1, n + 1)
          if components(x) > before - (1 if all(x not in e for e in edges) else 0)))
