"""Obviously correct: every way to fill the '?' marks, keep the strings without two equal neighbours, sort."""
import sys
from itertools import product

s = sys.stdin.read().split()[0]
holes = [i for i, ch in enumerate(s) if ch == "?"]
good = []
for letters in product("ABC", repeat=len(holes)):
    t = list(s)
    for i, ch in zip(holes, letters):
        t[i] = ch
    if all(t[i] != t[i + 1] for i in range(len(t) - 1)):
        good.append("".join(t))
print("\n".join(sorted(good)) if good else "-1")
