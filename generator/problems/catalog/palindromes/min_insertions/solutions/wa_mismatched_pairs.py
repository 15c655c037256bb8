"""Wrong: counts the mirror pairs (S_i, S_{N+1-i}) that differ, as if one insertion fixed each pair in place."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
print(sum(1 for i in range(n // 2) if s[i] != s[n - 1 - i]))
