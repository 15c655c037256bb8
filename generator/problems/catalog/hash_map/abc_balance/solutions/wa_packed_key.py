"""Wrong: packs the pair of differences into one number (#A - #B) * 100001 + (#B - #C), a base fit for N <= 10^5
only: with N up to 2 * 10^5, #B - #C can change by 100001 while #A - #B changes by 1, and two different pairs share
a key."""
import sys

data = sys.stdin.read().split()
s = data[1]
seen = {0: 1}
a = b = c = 0
found = 0
for ch in s:
    if ch == "A":
        a += 1
    elif ch == "B":
        b += 1
    else:
        c += 1
    key = (a - b) * 100001 + (b - c)
    found += seen.get(key, 0)
    seen[key] = seen.get(key, 0) + 1
print(found)
