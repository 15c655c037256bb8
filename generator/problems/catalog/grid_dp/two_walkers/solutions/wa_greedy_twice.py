"""Wrong: sends the first walker along a best single route, empties its cells, then sends the second along a best
route of what is left. Taking the best route first can block a better pair of routes."""
import sys


def best_route(g, n, m):
    best = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            prev = max(best[i - 1][j] if i else -1, best[i][j - 1] if j else -1)
            best[i][j] = g[i][j] + max(prev, 0)
    cells, i, j = [(n - 1, m - 1)], n - 1, m - 1
    while (i, j) != (0, 0):
        if j == 0 or (i and best[i - 1][j] >= best[i][j - 1]):
            i -= 1
        else:
            j -= 1
        cells.append((i, j))
    return best[n - 1][m - 1], cells


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    g = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    first, cells = best_route(g, n, m)
    for i, j in cells:
        g[i][j] = 0
    second, _ = best_route(g, n, m)
    print(first + second)


main()
