"""Obviously correct: rotate the facing vector, record every position, count the distinct ones."""
import sys

lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r), int(c)
grid = lines[2:2 + n]
dr, dc = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}[d]
visited = [(r, c)]
for ch in lines[2 + n].strip():
    if ch == "L":
        dr, dc = -dc, dr
    elif ch == "R":
        dr, dc = dc, -dr
    else:
        nr, nc = r + dr, c + dc
        if 1 <= nr <= n and 1 <= nc <= m and grid[nr - 1][nc - 1] != "#":
            r, c = nr, nc
            visited.append((r, c))
print(len(set(visited)))
