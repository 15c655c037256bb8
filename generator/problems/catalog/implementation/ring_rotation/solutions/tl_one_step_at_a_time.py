import sys

data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [data[3 + i * m:3 + (i + 1) * m] for i in range(n)]
for k in range(min(n, m) // 2):
    top, left, bottom, right = k, k, n - 1 - k, m - 1 - k
    for _ in range(r):  # one step at a time, R times
        first = a[top][left]
        for j in range(left, right):
            a[top][j] = a[top][j + 1]
        for i in range(top, bottom):
            a[i][right] = a[i + 1][right]
        for j in range(right, left, -1):
            a[bottom][j] = a[bottom][j - 1]
        for i in range(bottom, top + 1, -1):
            a[i][left] = a[i - 1][left]
        a[top + 1][left] = first
print("\n".join(" ".join(row) for row in a))
