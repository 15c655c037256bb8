"""Obviously correct: compare each asked substring with its reverse."""
import sys

data = sys.stdin.read().split()
s, m = data[1], int(data[2])
for k in range(m):
    l, r = int(data[3 + 2 * k]), int(data[4 + 2 * k])
    piece = s[l - 1:r]
    print(1 if piece == piece[::-1] else 0)
