"""Wrong: compares only the ups and downs between neighbours, which is weaker than the whole order."""
import sys
from collections import Counter

data = sys.stdin.read().split()
m, n = int(data[0]), int(data[1])
shapes: Counter = Counter()
for i in range(m):
    row = list(map(int, data[2 + i * n:2 + (i + 1) * n]))
    shapes[tuple((row[j + 1] > row[j]) - (row[j + 1] < row[j]) for j in range(n - 1))] += 1
print(sum(c * (c - 1) // 2 for c in shapes.values()))
