"""Reference: a max-heap (negated values); smash the two largest, push back the difference when it is not 0."""
import sys
from heapq import heapify, heappop, heappush

data = sys.stdin.buffer.read().split()
h = [-int(x) for x in data[1:1 + int(data[0])]]
heapify(h)
while len(h) > 1:
    x, y = -heappop(h), -heappop(h)
    if x != y:
        heappush(h, -(x - y))
print(-h[0] if h else 0)
