"""Obviously correct: every subsequence of the shortest string, checked against the other two (the strings are
short here)."""
import sys
from itertools import combinations

strings = sorted(sys.stdin.read().split(), key=len)


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


best = 0
short = strings[0]
for size in range(len(short), 0, -1):
    if any(is_subsequence(s, strings[1]) and is_subsequence(s, strings[2])
           for s in {"".join(p) for p in combinations(short, size)}):
        best = size
        break
print(best)
