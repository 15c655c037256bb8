"""Obviously correct: K moves, one by one (only run on small K)."""
import sys

lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
for _ in range(k):
    ch = grid[r - 1][c - 1]
    if ch == "U":
        r = n if r == 1 else r - 1
    elif ch == "D":
        r = 1 if r == n else r + 1
    elif ch == "L":
        c = m if c == 1 else c - 1
    else:
        c = 1 if c == m else c + 1
print(r, c)
