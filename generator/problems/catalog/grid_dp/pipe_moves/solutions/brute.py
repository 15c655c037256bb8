"""Obviously correct: follow every sequence of moves from the start, one at a time, and count arrivals."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
g = data[1:1 + n]


def free(r, c):
    return r < n and c < n and g[r][c] == "."


def walk(r, c, d):
    """The far end is at (r, c); d is 'h', 'v' or 'd'."""
    if (r, c) == (n - 1, n - 1):
        return 1
    total = 0
    if d in "hd" and free(r, c + 1):
        total += walk(r, c + 1, "h")
    if d in "vd" and free(r + 1, c):
        total += walk(r + 1, c, "v")
    if free(r, c + 1) and free(r + 1, c) and free(r + 1, c + 1):
        total += walk(r + 1, c + 1, "d")
    return total


print(walk(0, 1, "h") % 1000000007 if n > 1 else 0)
