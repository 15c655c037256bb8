"""Obviously correct: compare the two pieces as strings."""
import sys

data = sys.stdin.read().split()
s, q = data[0], int(data[1])
for t in range(q):
    a, b, k = int(data[2 + 3 * t]), int(data[3 + 3 * t]), int(data[4 + 3 * t])
    print("YES" if s[a - 1:a - 1 + k] == s[b - 1:b - 1 + k] else "NO")
