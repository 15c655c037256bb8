"""Obviously correct: every block, minimum taken directly."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print(sum(min(a[i:j + 1]) for i in range(n) for j in range(i, n)))
