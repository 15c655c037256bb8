"""Obviously correct: R single steps, each moving every number one cell counterclockwise (small R only)."""
import sys

data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [[int(x) for x in data[3 + i * m:3 + (i + 1) * m]] for i in range(n)]


def layer(i, j):
    return min(i, j, n - 1 - i, m - 1 - j)


def step(a):
    b = [row[:] for row in a]
    for i in range(n):
        for j in range(m):
            k = layer(i, j)
            if j == k and i < n - 1 - k:
                b[i + 1][j] = a[i][j]  # left side moves down
            elif i == n - 1 - k and j < m - 1 - k:
                b[i][j + 1] = a[i][j]  # bottom moves right
            elif j == m - 1 - k and i > k:
                b[i - 1][j] = a[i][j]  # right side moves up
            else:
                b[i][j - 1] = a[i][j]  # top moves left
    return b


for _ in range(r):
    a = step(a)
print("\n".join(" ".join(map(str, row)) for row in a))
