"""Wrong: balances the sizes of the two heaps but never fixes their order."""
import sys
from heapq import heappush

data = sys.stdin.buffer.read().split()
low, high = [], []
out = []
for x in map(int, data[1:1 + int(data[0])]):
    if len(low) <= len(high):
        heappush(low, -x)
    else:
        heappush(high, x)
    out.append(-low[0])
sys.stdout.write("".join(f"{v}\n" for v in out))
