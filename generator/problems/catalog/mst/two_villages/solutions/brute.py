"""Obviously correct on tiny graphs: every subset of roads whose kept roads leave exactly two connected groups."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]


def groups(mask):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for i, (u, v, _) in enumerate(edges):
            if mask >> i & 1 and label[u] != label[v]:
                label[u] = label[v] = min(label[u], label[v])
                changed = True
    return len(set(label[1:]))


print(min(sum(w for i, (_, _, w) in enumerate(edges) if mask >> i & 1)
          for mask in range(1 << m) if groups(mask) == 2))
