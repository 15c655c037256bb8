"""Obviously correct: every range [l, r] with its minimum height."""
import sys

data = sys.stdin.read().split()
h = [int(x) for x in data[1:1 + int(data[0])]]
best = 0
for l in range(len(h)):
    low = h[l]
    for r in range(l, len(h)):
        low = min(low, h[r])
        best = max(best, low * (r - l + 1))
print(best)
