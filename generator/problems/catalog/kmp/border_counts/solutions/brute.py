"""Brute force: test every length, count occurrences at every position."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
rows = []
for length in range(1, n + 1):
    if s[:length] == s[n - length:]:
        rows.append((length, sum(1 for j in range(n - length + 1) if s[j:j + length] == s[:length])))
print(len(rows))
for length, count in rows:
    print(length, count)
