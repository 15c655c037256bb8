"""Obviously correct: every subset of rectangles (2^N), sorted by width, kept if every neighbour pair nests strictly
in both sizes."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
rects = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for mask in range(1, 1 << n):
    chosen = sorted(rects[i] for i in range(n) if mask >> i & 1)
    if all(chosen[j][0] < chosen[j + 1][0] and chosen[j][1] < chosen[j + 1][1] for j in range(len(chosen) - 1)):
        best = max(best, len(chosen))
print(best)
