"""Obviously correct: every substring, its set of letters."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
print(max(r - l for l in range(n) for r in range(l + 1, n + 1) if len(set(s[l:r])) <= k))
