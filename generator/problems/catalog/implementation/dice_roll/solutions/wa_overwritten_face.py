"""Wrong: turns the faces with one assignment after another and no saved copy, so the last face of each cycle
gets the new value of the first (rolling east: east = top after top = west)."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m, r, c, k = (int(x) for x in data[:5])
    grid = [[int(data[5 + i * m + j]) for j in range(m)] for i in range(n)]
    commands = data[5 + n * m:5 + n * m + k]
    r, c = r - 1, c - 1
    top = bottom = north = south = east = west = 0
    out = []
    for cmd in commands:
        if cmd == "1":
            nr, nc = r, c + 1
        elif cmd == "2":
            nr, nc = r, c - 1
        elif cmd == "3":
            nr, nc = r - 1, c
        else:
            nr, nc = r + 1, c
        if not (0 <= nr < n and 0 <= nc < m):
            continue
        r, c = nr, nc
        if cmd == "1":
            top = west
            west = bottom
            bottom = east
            east = top
        elif cmd == "2":
            top = east
            east = bottom
            bottom = west
            west = top
        elif cmd == "3":
            top = south
            south = bottom
            bottom = north
            north = top
        else:
            top = north
            north = bottom
            bottom = south
            south = top
        if grid[r][c] == 0:
            grid[r][c] = bottom
        else:
            bottom = grid[r][c]
            grid[r][c] = 0
        out.append(top)
    sys.stdout.write("".join(f"{x}\n" for x in out))


main()
