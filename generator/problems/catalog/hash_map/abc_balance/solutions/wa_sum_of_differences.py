"""Wrong: folds the two differences into one number (#A - #B) + (#B - #C) = #A - #C, losing B."""
import sys

data = sys.stdin.read().split()
s = data[1]
seen = {0: 1}
a = c = 0
found = 0
for ch in s:
    if ch == "A":
        a += 1
    elif ch == "C":
        c += 1
    key = a - c
    found += seen.get(key, 0)
    seen[key] = seen.get(key, 0) + 1
print(found)
