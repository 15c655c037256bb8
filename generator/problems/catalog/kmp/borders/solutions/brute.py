"""Obviously correct: compare the prefix and the suffix of every length."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
borders = [L for L in range(1, n) if s[:L] == s[n - L:]]
print(len(borders))
if borders:
    print(" ".join(map(str, borders)))
