"""Obviously correct on tiny inputs: try every prefix length a and suffix length b with a + b <= N."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = 0
for a in range(n + 1):
    for b in range(n - a + 1):
        t = s[:a] + s[n - b:]
        if t == t[::-1]:
            best = max(best, a + b)
print(best)
