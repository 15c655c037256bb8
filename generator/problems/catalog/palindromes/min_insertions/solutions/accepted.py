"""Interval DP kept in one row: f(i, j) = f(i+1, j-1) if S_i = S_j, else 1 + min(f(i+1, j), f(i, j-1)).
Rows go from i = N-1 down to 0; before row i is written, row[j] still holds f(i+1, j)."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
row = [0] * n  # row[j] = f(i, j) once row i is done; f(i, i) = 0
for i in range(n - 1, -1, -1):
    inner = 0  # f(i+1, j-1) for the current j; f(i+1, i) of the empty middle is 0
    letter = s[i]
    for j in range(i + 1, n):
        below = row[j]  # f(i+1, j)
        if letter == s[j]:
            row[j] = inner
        else:
            left = row[j - 1]  # f(i, j-1), already this row
            row[j] = (below if below < left else left) + 1
        inner = below
print(row[n - 1])
