"""Wrong: stops one pair early ((N-1)//2 pairs), missing the innermost pair of an even-length string."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
print(sum(1 for i in range((n - 1) // 2) if s[i] != s[n - 1 - i]))
