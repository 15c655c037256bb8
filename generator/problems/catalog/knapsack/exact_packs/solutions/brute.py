"""Obviously correct: for each query, try every number of packs of each kind (at most q / a_i of kind i)."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
sizes = [int(x) for x in data[2:2 + n]]
out = []
for x in (int(t) for t in data[2 + n:2 + n + q]):
    ok = any(sum(c * a for c, a in zip(counts, sizes)) == x for counts in product(*[range(x // a + 1) for a in sizes]))
    out.append("YES" if ok else "NO")
print("\n".join(out))
