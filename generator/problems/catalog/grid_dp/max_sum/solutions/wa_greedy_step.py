"""Wrong: walks greedily, always stepping to the neighbour (right or down) with the larger score."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    grid = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    i = j = 0
    total = grid[0][0]
    while (i, j) != (n - 1, m - 1):
        if i == n - 1:
            j += 1
        elif j == m - 1:
            i += 1
        elif grid[i][j + 1] >= grid[i + 1][j]:
            j += 1
        else:
            i += 1
        total += grid[i][j]
    print(total)


main()
