"""Too slow: for every k, finds the weakest of the k strongest ropes by scanning them again, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
w = sorted(map(int, data[1:1 + n]), reverse=True)
best = 0
for k in range(1, n + 1):
    weakest = min(w[:k])
    best = max(best, weakest * k)
print(best)
