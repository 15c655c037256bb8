"""Obviously correct: tries every choice of which |A| positions of C hold the letters of A (the strings are tiny
here); the other positions must spell B."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
t = int(data[0])
for k in range(t):
    a, b, c = data[1 + 3 * k:4 + 3 * k]
    found = False
    if len(a) + len(b) == len(c):
        for picks in combinations(range(len(c)), len(a)):
            chosen = set(picks)
            if "".join(c[p] for p in picks) == a and "".join(c[p] for p in range(len(c)) if p not in chosen) == b:
                found = True
                break
    print("YES" if found else "NO")
