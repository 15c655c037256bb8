"""Brute force: the defining sum for every window, each power computed separately."""
import sys

data = sys.stdin.read().split()
s, k, b, m = data[0], int(data[1]), int(data[2]), int(data[3])
for i in range(len(s) - k + 1):
    total = sum((ord(s[i + t]) - ord("a") + 1) * b ** (k - 1 - t) for t in range(k))
    print(total % m)
