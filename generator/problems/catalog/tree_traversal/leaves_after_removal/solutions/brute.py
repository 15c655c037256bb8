"""Obviously correct (small trees): a vertex survives when no vertex on its way up to the root (itself included)
is d; a survivor is a leaf when no survivor names it as parent."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
par = [0] + [int(t) for t in data[1:n + 1]]
d = int(data[n + 1])


def survives(v):
    while v:
        if v == d:
            return False
        v = par[v]
    return True


alive = [v for v in range(1, n + 1) if survives(v)]
print(sum(1 for v in alive if not any(par[u] == v for u in alive)))
