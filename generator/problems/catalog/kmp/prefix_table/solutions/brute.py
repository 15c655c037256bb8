"""Brute force: for every position try every length from the largest down and compare the pieces directly."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
out = []
for i in range(1, n + 1):
    best = 0
    for length in range(i - 1, 0, -1):
        if s[:length] == s[i - length:i]:
            best = length
            break
    out.append(best)
print(*out)
