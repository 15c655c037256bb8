"""Obviously correct: the set of kinds of every block."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
c = [int(v) for v in data[2:2 + n]]
lengths = [r - l + 1 for l in range(n) for r in range(l, n) if len(set(c[l:r + 1])) == k]
print(min(lengths) if lengths else -1)
