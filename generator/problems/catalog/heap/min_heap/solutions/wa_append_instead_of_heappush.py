"""Wrong: list.append instead of heappush breaks the heap order."""
import sys
from heapq import heappop

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = []
out = []
for x in map(int, data[1:1 + n]):
    if x:
        h.append(x)
    else:
        out.append(heappop(h) if h else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
