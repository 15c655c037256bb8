"""Letters i and N-1-i must end equal; a mismatched pair costs exactly one change (set one to the other)."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
print(sum(1 for i in range(n // 2) if s[i] != s[n - 1 - i]))
