"""Obviously correct (small grids): walk every right/down route from the top-left corner with an explicit stack
and count those that reach the bottom-right corner without entering a wall."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
rows = data[2:2 + n]
count = 0
stack = [(0, 0)] if rows[0][0] == "." else []
while stack:
    i, j = stack.pop()
    if (i, j) == (n - 1, m - 1):
        count += 1
        continue
    for a, b in ((i + 1, j), (i, j + 1)):
        if a < n and b < m and rows[a][b] == ".":
            stack.append((a, b))
print(count % (10**9 + 7))
