"""Wrong: keys the prefixes by #A - #B only, so windows balanced in A and B but not in C count too."""
import sys

data = sys.stdin.read().split()
s = data[1]
seen = {0: 1}
a = b = 0
found = 0
for ch in s:
    if ch == "A":
        a += 1
    elif ch == "B":
        b += 1
    key = a - b
    found += seen.get(key, 0)
    seen[key] = seen.get(key, 0) + 1
print(found)
