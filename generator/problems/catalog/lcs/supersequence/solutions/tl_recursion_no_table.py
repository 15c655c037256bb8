"""Too slow: the direct recursion over (i, j) without remembering results: exponential in the string lengths."""
import sys

sys.setrecursionlimit(10000)
a, b = sys.stdin.read().split()


def shortest(i, j):
    if i == len(a):
        return len(b) - j
    if j == len(b):
        return len(a) - i
    if a[i] == b[j]:
        return 1 + shortest(i + 1, j + 1)
    return 1 + min(shortest(i + 1, j), shortest(i, j + 1))


print(shortest(0, 0))
