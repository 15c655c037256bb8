"""Obviously correct: the die as a dict from direction vectors (unit vectors in 3D, up = +z, east = +x, north = +y)
to numbers; rolling towards direction d turns every face vector by a quarter turn about the horizontal axis
perpendicular to d, and the top is the face whose vector is +z."""
import sys

data = sys.stdin.read().split()
n, m, r, c, k = (int(x) for x in data[:5])
grid = [[int(data[5 + i * m + j]) for j in range(m)] for i in range(n)]
commands = [int(x) for x in data[5 + n * m:5 + n * m + k]]
faces = {(0, 0, 1): 0, (0, 0, -1): 0, (1, 0, 0): 0, (-1, 0, 0): 0, (0, 1, 0): 0, (0, -1, 0): 0}
move = {1: (1, 0), 2: (-1, 0), 3: (0, 1), 4: (0, -1)}  # (dx east, dy north)
step = {1: (0, 1), 2: (0, -1), 3: (-1, 0), 4: (1, 0)}  # (row, column) change
row, col = r - 1, c - 1
for cmd in commands:
    nr, nc = row + step[cmd][0], col + step[cmd][1]
    if not (0 <= nr < n and 0 <= nc < m):
        continue
    row, col = nr, nc
    dx, dy = move[cmd]
    turned = {}
    for (x, y, z), value in faces.items():
        # Tipping towards (dx, dy): the top goes to (dx, dy), that side goes down, and so on:
        # a vector's component along (dx, dy) and its z component rotate: (h, z) -> (z, -h).
        h = x * dx + y * dy
        px, py = x - h * dx, y - h * dy  # part perpendicular to the roll stays
        nh, nz = z, -h
        turned[(px + nh * dx, py + nh * dy, nz)] = value
    faces = turned
    if grid[row][col] == 0:
        grid[row][col] = faces[(0, 0, -1)]
    else:
        faces[(0, 0, -1)] = grid[row][col]
        grid[row][col] = 0
    print(faces[(0, 0, 1)])
