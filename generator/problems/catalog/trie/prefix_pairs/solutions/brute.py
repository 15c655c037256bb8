"""Obviously correct: test every pair i < j in both directions."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
s = data[1:1 + n]
print(sum(1 for i in range(n) for j in range(i + 1, n) if s[i].startswith(s[j]) or s[j].startswith(s[i])))
