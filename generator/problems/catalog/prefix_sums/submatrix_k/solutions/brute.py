"""Obviously correct: every rectangle (top, bottom, left, right), its cells added up directly."""
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
a = [[int(data[3 + i * m + j]) for j in range(m)] for i in range(n)]
count = 0
for top in range(n):
    for bottom in range(top, n):
        for left in range(m):
            for right in range(left, m):
                if sum(a[i][j] for i in range(top, bottom + 1) for j in range(left, right + 1)) == k:
                    count += 1
print(count)
