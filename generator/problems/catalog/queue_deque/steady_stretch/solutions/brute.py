"""Obviously correct: check every run directly."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
h = list(map(int, data[2:2 + n]))
lengths = [r - l + 1 for l in range(n) for r in range(l, n) if max(h[l:r + 1]) - min(h[l:r + 1]) <= k]
best = max(lengths)
print(best, lengths.count(best))
