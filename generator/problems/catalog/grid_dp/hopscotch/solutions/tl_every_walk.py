"""Too slow: a depth-first search over every walk (M choices in the first row, M - 1 in each next row), which is
exponential in N."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [[int(x) for x in data[2 + i * m:2 + (i + 1) * m]] for i in range(n)]
    answer = 0
    stack = [(0, j, a[0][j]) for j in range(m)]
    while stack:
        i, col, total = stack.pop()
        if i == n - 1:
            answer = max(answer, total)
            continue
        for j in range(m):
            if j != col:
                stack.append((i + 1, j, total + a[i + 1][j]))
    print(answer)


main()
