"""Wrong: counts every position whose mirror differs, so each mismatched pair is counted twice."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
print(sum(1 for i in range(n) if s[i] != s[n - 1 - i]))
