"""Obviously correct: fill the empty cells in row-major order, try every digit that does not already appear in
the cell's row, column or box (checked by scanning them), go back when a cell has no digit left."""
import sys

sys.setrecursionlimit(10000)
g = [list(map(int, line.split())) for line in sys.stdin.read().strip().split("\n")]
blanks = [(r, c) for r in range(9) for c in range(9) if g[r][c] == 0]


def fits(r, c, d):
    if any(g[r][k] == d or g[k][c] == d for k in range(9)):
        return False
    br, bc = r // 3 * 3, c // 3 * 3
    return all(g[i][j] != d for i in range(br, br + 3) for j in range(bc, bc + 3))


def fill(k):
    if k == len(blanks):
        return True
    r, c = blanks[k]
    for d in range(1, 10):
        if fits(r, c, d):
            g[r][c] = d
            if fill(k + 1):
                return True
            g[r][c] = 0
    return False


fill(0)
print("\n".join(" ".join(map(str, row)) for row in g))
