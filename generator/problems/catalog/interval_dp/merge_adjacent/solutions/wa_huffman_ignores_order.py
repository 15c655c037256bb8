"""Wrong: merges the two smallest anywhere (Huffman coding), ignoring that only neighbours may be merged."""
import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [int(x) for x in data[1:1 + n]]
    heapify(heap)
    total = 0
    while len(heap) > 1:
        merged = heappop(heap) + heappop(heap)
        total += merged
        heappush(heap, merged)
    print(total)


main()
