"""Obviously correct for small N: list all 2^N - 1 moves by the recursive definition and pick the K-th."""
import sys


def moves(n, a, b, c, out):
    if n == 0:
        return
    moves(n - 1, a, c, b, out)
    out.append((n, a, b))
    moves(n - 1, c, b, a, out)


data = sys.stdin.read().split()
t = int(data[0])
lists = {}
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    if n not in lists:
        lists[n] = []
        moves(n, 1, 3, 2, lists[n])
    print(*lists[n][k - 1])
