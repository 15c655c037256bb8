"""Obviously correct: try every length from the longest down; a length works when some window of A is a window of B."""
import sys

data = sys.stdin.read().split()
a, b = data[2], data[3]
best = 0
for length in range(min(len(a), len(b)), 0, -1):
    if {a[i:i + length] for i in range(len(a) - length + 1)} & {b[j:j + length] for j in range(len(b) - length + 1)}:
        best = length
        break
print(best)
