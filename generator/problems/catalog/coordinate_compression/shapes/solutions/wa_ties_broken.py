"""Wrong: ranks by position in the sorted order (argsort), so equal values get different ranks and the tie is lost."""
import sys
from collections import Counter

data = sys.stdin.read().split()
m, n = int(data[0]), int(data[1])
shapes: Counter = Counter()
for i in range(m):
    row = list(map(int, data[2 + i * n:2 + (i + 1) * n]))
    order = sorted(range(n), key=lambda j: row[j])
    rank = [0] * n
    for r, j in enumerate(order):
        rank[j] = r
    shapes[tuple(rank)] += 1
print(sum(c * (c - 1) // 2 for c in shapes.values()))
