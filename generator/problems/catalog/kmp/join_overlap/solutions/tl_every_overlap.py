"""Too slow: tries every overlap length from the longest down and compares the pieces, O(min(|A|,|B|)^2)."""
import sys

a, b = sys.stdin.read().split()
best = 0
for length in range(min(len(a), len(b)), 0, -1):
    if all(a[len(a) - length + j] == b[j] for j in range(length)):
        best = length
        break
sys.stdout.write(a + b[best:] + "\n")
