"""Too slow: the recursive definition without memoisation; the same (i, j) is solved exponentially many times."""
import sys

sys.setrecursionlimit(10000)
a, b = sys.stdin.read().split()


def dist(i, j):
    if i == 0 or j == 0:
        return i + j
    if a[i - 1] == b[j - 1]:
        return dist(i - 1, j - 1)
    return 1 + min(dist(i - 1, j), dist(i, j - 1), dist(i - 1, j - 1))


print(dist(len(a), len(b)))
