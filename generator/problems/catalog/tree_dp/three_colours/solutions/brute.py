"""Obviously correct (small trees): every assignment of colours 1..3, kept when it respects the given colours
and no edge joins two equal colours."""
import itertools
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1) for i in range(n - 1)]
given = {int(data[2 * n + 2 * i]) - 1: int(data[2 * n + 1 + 2 * i]) for i in range(k)}
count = 0
for colours in itertools.product((1, 2, 3), repeat=n):
    if all(colours[v] == c for v, c in given.items()) and all(colours[u] != colours[v] for u, v in edges):
        count += 1
print(count % 1_000_000_007)
