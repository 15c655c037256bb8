import sys


def cell(r, c, side):
    """'*' or '.' for row r, column c of the pattern of the given side."""
    while side > 1:
        third = side // 3
        if third <= r < 2 * third or third <= c < 2 * third:
            return "."  # the middle row or column of this level is blank
        r, c, side = r % third, c % third, third  # the copy of the smaller pattern holding the cell
    return "*"


k, r, c, h, w = map(int, sys.stdin.read().split())
side = 3 ** k
rows = ["".join(cell(i, j, side) for j in range(c, c + w)) for i in range(r, r + h)]
sys.stdout.write("\n".join(rows) + "\n")
