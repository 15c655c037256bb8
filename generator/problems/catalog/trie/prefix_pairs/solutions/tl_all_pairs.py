"""Too slow: every pair i < j, quadratic in N."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
s = data[1:1 + n]
pairs = 0
for i in range(n):
    a = s[i]
    for j in range(i + 1, n):
        b = s[j]
        if a.startswith(b) or b.startswith(a):
            pairs += 1
print(pairs)
