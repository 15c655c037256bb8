"""Obviously correct: the sum of every block."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
print(sum(1 for l in range(n) for r in range(l, n) if sum(a[l:r + 1]) <= s))
