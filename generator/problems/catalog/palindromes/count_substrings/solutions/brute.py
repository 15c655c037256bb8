"""Obviously correct: check every substring."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
print(sum(1 for l in range(n) for r in range(l + 1, n + 1) if s[l:r] == s[l:r][::-1]))
