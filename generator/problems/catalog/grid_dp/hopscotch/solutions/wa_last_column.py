"""Wrong: the table is right, but the answer is read at the bottom-right cell (as in a corner-to-corner grid
route) instead of the best cell of the last row."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * m]))
    best = values[:m]
    for i in range(1, n):
        top = max(best)
        col = best.index(top)
        other = max(best[:col] + best[col + 1:])
        row = values[i * m:(i + 1) * m]
        best = [a + (other if j == col else top) for j, a in enumerate(row)]
    print(best[m - 1])


main()
