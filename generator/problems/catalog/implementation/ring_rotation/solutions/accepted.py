import sys

data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [data[3 + i * m:3 + (i + 1) * m] for i in range(n)]
out = [row[:] for row in a]
for k in range(min(n, m) // 2):
    top, left, bottom, right = k, k, n - 1 - k, m - 1 - k
    # the ring's cells in counterclockwise order: down the left side, right along the bottom,
    # up the right side, left along the top
    cells = [(i, left) for i in range(top, bottom + 1)]
    cells += [(bottom, j) for j in range(left + 1, right + 1)]
    cells += [(i, right) for i in range(bottom - 1, top - 1, -1)]
    cells += [(top, j) for j in range(right - 1, left, -1)]
    size = len(cells)
    shift = r % size  # R full steps = R mod size steps
    for idx, (i, j) in enumerate(cells):
        ti, tj = cells[(idx + shift) % size]
        out[ti][tj] = a[i][j]
print("\n".join(" ".join(row) for row in out))
