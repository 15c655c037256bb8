"""Obviously correct: second by second with the planting time of every bomb."""
import sys

data = sys.stdin.read().split()
r, c, n = int(data[0]), int(data[1]), int(data[2])
planted = [[0 if ch == "O" else None for ch in row] for row in data[3:3 + r]]  # planting time, None = empty
for t in range(1, n + 1):
    if t % 2 == 0:
        for i in range(r):
            for j in range(c):
                if planted[i][j] is None:
                    planted[i][j] = t
    else:
        exploding = [(i, j) for i in range(r) for j in range(c) if planted[i][j] == t - 3]
        for i, j in exploding:
            for a, b in ((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= a < r and 0 <= b < c:
                    planted[a][b] = None
print("\n".join("".join("." if x is None else "O" for x in row) for row in planted))
