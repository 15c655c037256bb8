"""Obviously correct: compare every pair of words position by position."""
import sys

data = sys.stdin.read().split()
n, length = int(data[0]), int(data[1])
w = data[2:2 + n]
print(sum(1 for i in range(n) for j in range(i + 1, n)
          if sum(1 for p in range(length) if w[i][p] != w[j][p]) == 1))
