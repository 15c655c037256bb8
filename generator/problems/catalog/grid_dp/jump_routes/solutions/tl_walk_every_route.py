"""Too slow: follows every route separately (a stack of positions), as many steps as there are routes, which is
exponential in the grid size."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    count, stack = 0, [(0, 0)]
    while stack:
        i, j = stack.pop()
        if i == n - 1 and j == m - 1:
            count += 1
            continue
        step = d[i][j]
        if step == 0:
            continue
        if j + step < m:
            stack.append((i, j + step))
        if i + step < n:
            stack.append((i + step, j))
    print(count % 1_000_000_007)


main()
