"""Too slow: the maximum of every block from row slices, O(R·C·A·B)."""
import sys

NEVER = 1 << 62
data = sys.stdin.buffer.read().split()
r, c, a, b = (int(x) for x in data[:4])
t = [[NEVER if x == b"-1" else int(x) for x in data[4 + i * c:4 + (i + 1) * c]] for i in range(r)]
best = NEVER
for top in range(r - a + 1):
    rows = t[top:top + a]
    for left in range(c - b + 1):
        best = min(best, max(max(row[left:left + b]) for row in rows))
print(-1 if best >= NEVER else best)
