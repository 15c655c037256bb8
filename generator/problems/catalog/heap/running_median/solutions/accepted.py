"""Reference: two heaps; `low` is a max-heap (negated) of the smaller half, `high` a min-heap of the larger."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
low, high = [], []
out = []
for x in map(int, data[1:1 + int(data[0])]):
    if not low or x <= -low[0]:
        heappush(low, -x)
    else:
        heappush(high, x)
    if len(low) > len(high) + 1:
        heappush(high, -heappop(low))
    elif len(high) > len(low):
        heappush(low, -heappop(high))
    out.append(-low[0])
sys.stdout.write("".join(f"{v}\n" for v in out))
