"""Obviously correct: every subset (N is small here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, c, w = data[0], data[1], data[2:2 + data[0]]
print(sum(1 for mask in range(1 << n) if sum(w[i] for i in range(n) if mask >> i & 1) <= c))
