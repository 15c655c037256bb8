import sys


def detonate(grid, r, c):
    """The bombs of `grid` explode at once (no chain reaction) while every other cell is full: a cell keeps a bomb
    iff neither it nor a neighbour held an exploding bomb."""
    out = [["O"] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if grid[i][j] == "O":
                for a, b in ((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < r and 0 <= b < c:
                        out[a][b] = "."
    return out


def main():
    data = sys.stdin.read().split()
    r, c, n = int(data[0]), int(data[1]), int(data[2])
    grid = [list(row) for row in data[3:3 + r]]
    if n % 2 == 0:  # every even second fills the board
        result = [["O"] * c for _ in range(r)]
    else:
        once = detonate(grid, r, c)  # second 3, 7, 11, ...: the state repeats with period 4 from second 3 on
        result = once if n % 4 == 3 else detonate(once, r, c)  # seconds 1, 5, 9, ... alike
    sys.stdout.write("\n".join("".join(row) for row in result) + "\n")


main()
