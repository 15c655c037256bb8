"""Obviously correct for small N: the sum of every non-empty run, each added up from scratch."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
print(max(sum(a[i:j]) for i in range(n) for j in range(i + 1, n + 1)))
