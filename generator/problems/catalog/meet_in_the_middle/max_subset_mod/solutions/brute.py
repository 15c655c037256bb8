"""Obviously correct: every subset's total modulo M (N is small here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m, a = data[0], data[1], data[2:2 + data[0]]
print(max(sum(a[i] for i in range(n) if mask >> i & 1) % m for mask in range(1 << n)))
