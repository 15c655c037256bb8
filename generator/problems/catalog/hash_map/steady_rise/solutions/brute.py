"""Obviously correct: try every pair i < j."""
import sys

data = sys.stdin.read().split()
n, d = int(data[0]), int(data[1])
a = [0] + list(map(int, data[2:2 + n]))
print(sum(1 for i in range(1, n + 1) for j in range(i + 1, n + 1) if a[j] - a[i] == d * (j - i)))
