"""A window has equal counts of A, B and C iff the prefix differences (#A - #B, #B - #C) are equal at its two
ends: count earlier prefixes with the same pair of differences (the empty prefix included)."""
import sys

data = sys.stdin.read().split()
s = data[1]
seen = {(0, 0): 1}
a = b = c = 0
found = 0
for ch in s:
    if ch == "A":
        a += 1
    elif ch == "B":
        b += 1
    else:
        c += 1
    key = (a - b, b - c)
    found += seen.get(key, 0)
    seen[key] = seen.get(key, 0) + 1
print(found)
