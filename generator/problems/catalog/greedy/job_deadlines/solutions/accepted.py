"""Reference: jobs by deadline; a min-heap holds the rewards kept so far and swaps out the cheapest when full."""
import sys
from heapq import heappush, heappushpop

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
kept = []
for d, p in jobs:
    if len(kept) < d:
        heappush(kept, p)
    elif kept[0] < p:
        heappushpop(kept, p)
print(sum(kept))
