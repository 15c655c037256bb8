"""Reference: best[i][j] = score of the cell + the better of best from above and best from the left (a cell of the
first row or column has only one of them); one row kept."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    best = [0] * m
    k = 2
    for i in range(n):
        for j in range(m):
            v = int(data[k])
            k += 1
            if i == 0 and j == 0:
                best[j] = v
            elif i == 0:
                best[j] = best[j - 1] + v
            elif j == 0:
                best[j] = best[j] + v
            else:
                up, left = best[j], best[j - 1]
                best[j] = (up if up > left else left) + v
    print(best[m - 1])


main()
