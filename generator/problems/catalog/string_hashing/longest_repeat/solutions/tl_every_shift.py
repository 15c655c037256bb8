"""Too slow: for every shift d, the longest run of positions with s[i] = s[i + d] is a repeat; O(N^2)."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = 0
for d in range(1, n):
    run = 0
    for a, b in zip(s, s[d:]):
        if a == b:
            run += 1
            if run > best:
                best = run
        else:
            run = 0
print(best)
