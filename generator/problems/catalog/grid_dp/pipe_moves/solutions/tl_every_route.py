"""Too slow: follows every route of the pipe one by one (exponential on an open grid)."""
import sys

sys.setrecursionlimit(20000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
g = [row.decode() for row in data[1:1 + n]]


def free(r, c):
    return r < n and c < n and g[r][c] == "."


def walk(r, c, d):
    if r == n - 1 and c == n - 1:
        return 1
    total = 0
    if d != 1 and free(r, c + 1):
        total += walk(r, c + 1, 0)
    if d != 0 and free(r + 1, c):
        total += walk(r + 1, c, 1)
    if free(r, c + 1) and free(r + 1, c) and free(r + 1, c + 1):
        total += walk(r + 1, c + 1, 2)
    return total


print(walk(0, 1, 0) % 1000000007)
