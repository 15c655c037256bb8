import sys


def cell(r, c, side):
    """'*' or '.' for row r, column c of the pattern of the given side."""
    third = side // 3
    if side > 1 and third <= r < 2 * third and third <= c < 2 * third:
        return "."  # the middle square is blank
    return "*"


k, r, c, h, w = map(int, sys.stdin.read().split())
side = 3 ** k
rows = ["".join(cell(i, j, side) for j in range(c, c + w)) for i in range(r, r + h)]
sys.stdout.write("\n".join(rows) + "\n")
