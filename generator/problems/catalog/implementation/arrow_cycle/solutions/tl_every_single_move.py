import sys

lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
i, j = r - 1, c - 1
for _ in range(k):  # every single move
    ch = grid[i][j]
    if ch == "U":
        i = (i - 1) % n
    elif ch == "D":
        i = (i + 1) % n
    elif ch == "L":
        j = (j - 1) % m
    else:
        j = (j + 1) % m
print(i + 1, j + 1)
