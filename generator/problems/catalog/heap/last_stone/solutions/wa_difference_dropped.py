"""Wrong: never pushes the difference back (a smashed pair always vanishes)."""
import sys
from heapq import heapify, heappop

data = sys.stdin.buffer.read().split()
h = [-int(x) for x in data[1:1 + int(data[0])]]
heapify(h)
while len(h) > 1:
    x, y = -heappop(h), -heappop(h)
print(-h[0] if h else 0)
