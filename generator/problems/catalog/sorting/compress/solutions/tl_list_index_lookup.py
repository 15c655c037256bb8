"""Too slow: list.index is a linear scan, O(N * distinct)."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
u = sorted(set(a))
print(" ".join(str(u.index(v)) for v in a))
