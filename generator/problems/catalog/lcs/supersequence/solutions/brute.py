"""Obviously correct: the shortest supersequence of A[i:] and B[j:] directly, by memoised recursion: with one
string used up, the rest of the other; equal first letters are written once; otherwise write either first letter."""
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)
a, b = sys.stdin.read().split()


@lru_cache(maxsize=None)
def shortest(i, j):
    if i == len(a):
        return len(b) - j
    if j == len(b):
        return len(a) - i
    if a[i] == b[j]:
        return 1 + shortest(i + 1, j + 1)
    return 1 + min(shortest(i + 1, j), shortest(i, j + 1))


print(shortest(0, 0))
