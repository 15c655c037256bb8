"""Wrong: numbers the values in order of first appearance, not by size."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
rank = {}
for v in a:
    rank.setdefault(v, len(rank))
print(" ".join([str(rank[v]) for v in a]))
