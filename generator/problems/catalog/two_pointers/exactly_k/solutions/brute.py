"""Obviously correct: the set of values of every block."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
print(sum(1 for l in range(n) for r in range(l, n) if len(set(a[l:r + 1])) == k))
