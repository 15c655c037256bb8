"""Wrong: a command that would leave the board is skipped, but the top face is still printed for it."""
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
            out.append(top)
            continue
        r, c = nr, nc
        if cmd == "1":
            top, east, bottom, west = west, top, east, bottom
        elif cmd == "2":
            top, west, bottom, east = east, top, west, bottom
        elif cmd == "3":
            top, north, bottom, south = south, top, north, bottom
        else:
            top, south, bottom, north = north, top, south, bottom
        if grid[r][c] == 0:
            grid[r][c] = bottom
        else:
            bottom = grid[r][c]
            grid[r][c] = 0
        out.append(top)
    sys.stdout.write("".join(f"{x}\n" for x in out))


main()
