"""Obviously correct: for k = 1, 2, ... every assignment of k colours to the vertices (small N), the first k
with an assignment where no edge joins two equal colours."""
import sys
from itertools import product

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * e] - 1, data[3 + 2 * e] - 1) for e in range(m)]
print(next(k for k in range(1, n + 1)
           if any(all(c[u] != c[v] for u, v in edges) for c in product(range(k), repeat=n))))
