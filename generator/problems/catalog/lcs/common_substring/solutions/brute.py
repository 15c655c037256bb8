"""Obviously correct: every substring of A, checked against B (the strings are short here)."""
import sys

a, b = sys.stdin.read().split()
best = 0
for i in range(len(a)):
    for j in range(i + 1, len(a) + 1):
        if a[i:j] in b:
            best = max(best, j - i)
print(best)
