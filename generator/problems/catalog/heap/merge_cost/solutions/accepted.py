"""Reference: Huffman merging; the two smallest piles are always merged first (min-heap)."""
import sys
from heapq import heapify, heappop, heappush

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])]))
heapify(h)
total = 0
while len(h) > 1:
    s = heappop(h) + heappop(h)
    total += s
    heappush(h, s)
print(total)
