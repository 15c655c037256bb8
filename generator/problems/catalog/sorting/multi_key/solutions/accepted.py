"""Reference: sort by (-A, B, name)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
recs = [(-int(data[2 + 3 * i]), int(data[3 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
recs.sort()
print("\n".join(r[2] for r in recs))
