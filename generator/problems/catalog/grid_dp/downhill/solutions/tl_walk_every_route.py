"""Too slow: follows every downhill route separately (a stack of positions), exponential in the grid size."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    count, stack = 0, [(0, 0)]
    while stack:
        i, j = stack.pop()
        if i == n - 1 and j == m - 1:
            count += 1
            continue
        here = h[i][j]
        if i > 0 and h[i - 1][j] < here:
            stack.append((i - 1, j))
        if i < n - 1 and h[i + 1][j] < here:
            stack.append((i + 1, j))
        if j > 0 and h[i][j - 1] < here:
            stack.append((i, j - 1))
        if j < m - 1 and h[i][j + 1] < here:
            stack.append((i, j + 1))
    print(count % 1_000_000_007)


main()
