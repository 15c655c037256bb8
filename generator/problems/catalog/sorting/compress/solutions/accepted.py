"""Reference: the rank of every value among the sorted distinct values, through a dictionary."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
rank = {v: i for i, v in enumerate(sorted(set(a)))}
print(" ".join([str(rank[v]) for v in a]))
