"""Obviously correct (short strings): the recursive definition with memoisation. The last letters are equal and
kept, or the last letter of A is replaced, deleted, or B's last letter is inserted."""
import sys
from functools import lru_cache

a, b = sys.stdin.read().split()


@lru_cache(maxsize=None)
def dist(i, j):
    if i == 0 or j == 0:
        return i + j
    options = [dist(i - 1, j) + 1, dist(i, j - 1) + 1, dist(i - 1, j - 1) + (a[i - 1] != b[j - 1])]
    return min(options)


print(dist(len(a), len(b)))
