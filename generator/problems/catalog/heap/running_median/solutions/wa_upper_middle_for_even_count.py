"""Wrong: for an even count, prints the larger of the two middle values."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
low, high = [], []
out = []
for x in map(int, data[1:1 + int(data[0])]):
    if not high or x >= high[0]:
        heappush(high, x)
    else:
        heappush(low, -x)
    if len(high) > len(low) + 1:
        heappush(low, -heappop(high))
    elif len(low) > len(high):
        heappush(high, -heappop(low))
    out.append(high[0])
sys.stdout.write("".join(f"{v}\n" for v in out))
