"""Too slow: keeps an unsorted list of pieces and merges each new segment with every piece it meets, O(N * pieces)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pieces = []
for i in range(n):
    l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    kept = []
    for pl, pr in pieces:
        if pl <= r and l <= pr:
            l, r = min(l, pl), max(r, pr)
        else:
            kept.append((pl, pr))
    kept.append((l, r))
    pieces = kept
print(len(pieces), sum(r - l for l, r in pieces))
