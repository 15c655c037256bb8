"""Reference: a min-heap; 0 pops the smallest value (or prints 0 when the heap is empty)."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = []
out = []
for x in map(int, data[1:1 + n]):
    if x:
        heappush(h, x)
    else:
        out.append(heappop(h) if h else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
