"""Wrong: ranks start at 1."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
print(" ".join([str(rank[v]) for v in a]))
