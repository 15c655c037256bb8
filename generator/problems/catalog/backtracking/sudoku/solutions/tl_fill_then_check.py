"""Too slow: no pruning. Fill every empty cell with every digit 1..9 (an odometer over the blanks) and check the
rows, columns and boxes only when the grid is full: 9^(number of blanks) grids in the worst case."""
import sys


def valid(g):
    for k in range(9):
        row = g[k * 9:k * 9 + 9]
        col = g[k::9]
        box = [g[(k // 3 * 3 + i) * 9 + k % 3 * 3 + j] for i in range(3) for j in range(3)]
        if len(set(row)) < 9 or len(set(col)) < 9 or len(set(box)) < 9:
            return False
    return True


def main():
    g = [int(x) for x in sys.stdin.read().split()[:81]]
    blanks = [i for i in range(81) if g[i] == 0]
    for i in blanks:
        g[i] = 1
    while True:
        if valid(g):
            break
        k = len(blanks) - 1  # next assignment, the last blank turning fastest
        while k >= 0 and g[blanks[k]] == 9:
            g[blanks[k]] = 1
            k -= 1
        if k < 0:
            break
        g[blanks[k]] += 1
    print("\n".join(" ".join(map(str, g[r * 9:r * 9 + 9])) for r in range(9)))


main()
