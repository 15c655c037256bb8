"""Wrong: accumulates the answer in a signed 32-bit integer (as `int` would in C++ or Java)."""
import sys
from heapq import heapify, heappop, heappush

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])]))
heapify(h)
total = 0
while len(h) > 1:
    s = heappop(h) + heappop(h)
    total = (total + s + 2**31) % 2**32 - 2**31
    heappush(h, s)
print(total)
