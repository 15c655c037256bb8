"""Too slow: tries every route with a stack (exponentially many)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    grid = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    best = None
    stack = [(0, 0, grid[0][0])]
    while stack:
        i, j, total = stack.pop()
        if i == n - 1 and j == m - 1:
            best = total if best is None or total > best else best
            continue
        if i + 1 < n:
            stack.append((i + 1, j, total + grid[i + 1][j]))
        if j + 1 < m:
            stack.append((i, j + 1, total + grid[i][j + 1]))
    print(best)


main()
