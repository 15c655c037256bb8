"""Too slow: every start, extending the end with running counts: quadratic in N."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
found = 0
for l in range(n):
    a = b = c = 0
    for r in range(l, n):
        ch = s[r]
        if ch == "A":
            a += 1
        elif ch == "B":
            b += 1
        else:
            c += 1
        if a == b == c:
            found += 1
print(found)
