"""Too slow: for every end, tries starts from the nearest back (up to the best length so far), O(N^2) when no
stretch is heavy."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + int(data[2 + i])
best = n + 1
for j in range(1, n + 1):
    for i in range(j - 1, max(-1, j - best), -1):  # shorter stretches first
        if prefix[j] - prefix[i] >= s:
            best = j - i
            break
print(best if best <= n else -1)
