"""Obviously correct: count the zeros of every block."""
import sys

data = sys.stdin.read().split()
n, k, s = int(data[0]), int(data[1]), data[2]
print(max([r - l + 1 for l in range(n) for r in range(l, n) if s[l:r + 1].count("0") <= k], default=0))
