"""Too slow: the recurrence over both ends without memoisation branches twice on every mismatch."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
s = data[1]


def fewest(i, j):
    if i >= j:
        return 0
    if s[i] == s[j]:
        return fewest(i + 1, j - 1)
    return 1 + min(fewest(i + 1, j), fewest(i, j - 1))


print(fewest(0, len(s) - 1))
