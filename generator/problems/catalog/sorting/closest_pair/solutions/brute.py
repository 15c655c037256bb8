"""Obviously correct: every pair."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print(min(abs(a[i] - a[j]) for i in range(n) for j in range(i + 1, n)))
