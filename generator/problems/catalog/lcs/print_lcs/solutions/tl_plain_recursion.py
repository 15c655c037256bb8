"""Too slow: the recursive definition returning the subsequence itself, without memoisation (exponential)."""
import sys

sys.setrecursionlimit(10000)
a, b = sys.stdin.read().split()


def best(i, j):
    if i == 0 or j == 0:
        return ""
    if a[i - 1] == b[j - 1]:
        return best(i - 1, j - 1) + a[i - 1]
    up, left = best(i - 1, j), best(i, j - 1)
    return up if len(up) >= len(left) else left


word = best(len(a), len(b))
print(len(word))
if word:
    print(word)
