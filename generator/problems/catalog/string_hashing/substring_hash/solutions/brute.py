"""Obviously correct: the sum of code * 31^weight with exact (big) integers, reduced once at the end."""
import sys

data = sys.stdin.read().split()
s, q = data[0], int(data[1])
for t in range(q):
    l, r = int(data[2 + 2 * t]), int(data[3 + 2 * t])
    piece = s[l - 1:r]
    k = len(piece)
    print(sum((ord(ch) - ord("a") + 1) * 31 ** (k - 1 - i) for i, ch in enumerate(piece)) % 1_000_000_007)
