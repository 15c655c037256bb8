"""Obviously correct: try every length from 1 to the longest cable."""
import sys
data = sys.stdin.read().split()
k, n = int(data[0]), int(data[1])
ls = [int(v) for v in data[2:2 + k]]
best = 0
for x in range(1, max(ls) + 1):
    if sum(l // x for l in ls) >= n:
        best = x
print(best)
