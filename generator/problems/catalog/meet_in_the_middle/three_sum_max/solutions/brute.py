"""Obviously correct: every value against every triple of values (N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
x = data[1:1 + data[0]]
found = [d for d in x if any(a + b + c == d for a in x for b in x for c in x)]
print(max(found) if found else -1)
