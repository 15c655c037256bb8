"""Obviously correct: write out the whole table, sort it, take the K-th value."""
import sys

n, m, k = map(int, sys.stdin.read().split())
print(sorted(i * j for i in range(1, n + 1) for j in range(1, m + 1))[k - 1])
