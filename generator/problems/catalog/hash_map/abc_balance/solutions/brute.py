"""Obviously correct: count the letters of every window directly."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
found = 0
for l in range(n):
    for r in range(l, n):
        w = s[l:r + 1]
        if w.count("A") == w.count("B") == w.count("C"):
            found += 1
print(found)
