"""Obviously correct: every M-tuple of indices, keep those without a repeated index, sort the value tuples."""
import sys
from itertools import product

data = list(map(int, sys.stdin.read().split()))
n, m, a = data[0], data[1], data[2:2 + data[0]]
seqs = sorted(tuple(a[i] for i in idx) for idx in product(range(n), repeat=m) if len(set(idx)) == m)
print("\n".join(" ".join(map(str, s)) for s in seqs))
