"""Obviously correct (short strings): every subsequence of A, longest first; among the longest that are also
subsequences of B, the alphabetically last one (another tie-break than the reference's walk)."""
import sys
from itertools import combinations


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


a, b = sys.stdin.read().split()
for size in range(len(a), 0, -1):
    found = [w for w in ("".join(c) for c in combinations(a, size)) if is_subsequence(w, b)]
    if found:
        print(size)
        print(max(found))
        break
else:
    print(0)
