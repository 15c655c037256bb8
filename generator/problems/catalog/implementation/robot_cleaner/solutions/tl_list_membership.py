import sys

lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
grid = lines[2:2 + n]
cmds = lines[2 + n].strip()
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)  # N E S W: clockwise
d = "NESW".index(d)
cleaned = [(r, c)]
for ch in cmds:
    if ch == "L":
        d = (d + 3) % 4
    elif ch == "R":
        d = (d + 1) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
            r, c = nr, nc
            if (r, c) not in cleaned:  # linear search in a list: O(K * cells)
                cleaned.append((r, c))
print(len(cleaned))
