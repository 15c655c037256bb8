"""Obviously correct: try every length from the longest down; a length repeats when two windows are equal."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = 0
for length in range(n - 1, 0, -1):
    windows = [s[i:i + length] for i in range(n - length + 1)]
    if len(set(windows)) < len(windows):
        best = length
        break
print(best)
