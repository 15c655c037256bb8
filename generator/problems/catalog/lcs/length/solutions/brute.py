"""Obviously correct (short strings): try every subsequence of A, longest first, and keep the first that is also a
subsequence of B."""
import sys
from itertools import combinations


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


a, b = sys.stdin.read().split()
best = 0
for size in range(len(a), 0, -1):
    if any(is_subsequence("".join(c), b) for c in combinations(a, size)):
        best = size
        break
print(best)
