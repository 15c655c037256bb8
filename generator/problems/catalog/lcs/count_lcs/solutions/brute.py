"""Obviously correct: every pair of equally long position lists in A and B, kept when the letters agree; the
pairs of the largest length are counted (the strings are tiny here)."""
import sys
from itertools import combinations

a, b = sys.stdin.read().split()
best_len, count = 0, 1
for size in range(1, min(len(a), len(b)) + 1):
    found = 0
    for pa in combinations(range(len(a)), size):
        word = [a[i] for i in pa]
        for pb in combinations(range(len(b)), size):
            if all(b[j] == w for j, w in zip(pb, word)):
                found += 1
    if found:
        best_len, count = size, found
print(count % 1_000_000_007)
