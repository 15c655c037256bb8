import sys

n, m = map(int, sys.stdin.read().split())
g = [[0] * m for _ in range(n)]
top, bottom, left, right = 0, n - 1, 0, m - 1
k = 1
while top <= bottom and left <= right:
    for j in range(left, right + 1):  # along the top row, to the right
        g[top][j] = k
        k += 1
    top += 1
    for i in range(top, bottom + 1):  # down the right column
        g[i][right] = k
        k += 1
    right -= 1
    if top <= bottom:  # a single remaining row was already filled
        for j in range(right, left - 1, -1):  # along the bottom row, to the left
            g[bottom][j] = k
            k += 1
        bottom -= 1
    if True:  # forgets that a single remaining column was already filled
        for i in range(bottom, top - 1, -1):  # up the left column
            g[i][left] = k
            k += 1
        left += 1
print("\n".join(" ".join(map(str, row)) for row in g))
