"""Obviously correct: collect every generator with explicit digit extraction, print the minimum or 0."""
import sys

n = int(sys.stdin.read())
found = []
for m in range(1, n + 1):
    total, rest = m, m
    while rest:
        total += rest % 10
        rest //= 10
    if total == n:
        found.append(m)
print(min(found) if found else 0)
