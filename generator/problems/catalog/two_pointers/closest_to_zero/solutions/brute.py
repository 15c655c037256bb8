"""Obviously correct: every pair of different positions."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
values = data[1:1 + n]
print(min(abs(values[i] + values[j]) for i in range(n) for j in range(i + 1, n)))
