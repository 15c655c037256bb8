"""Wrong: remembers removed values instead of removed entries, so removing one copy of x also removes the others."""
import sys
from heapq import heappop, heappush

lines = sys.stdin.buffer.read().split(b"\n")
q = int(lines[0])
low, high = [], []
alive = []
removed = set()
out = []
for line in lines[1:1 + q]:
    op, arg = line.split()
    if op == b"I":
        x = int(arg)
        heappush(low, (x, len(alive)))
        heappush(high, (-x, len(alive)))
        alive.append(True)
        continue
    heap = high if arg == b"1" else low
    while heap and (-heap[0][0] if heap is high else heap[0][0]) in removed:
        heappop(heap)
    if not heap:
        out.append("EMPTY")
        continue
    key, ident = heappop(heap)
    alive[ident] = False
    removed.add(-key if heap is high else key)
    out.append(str(-key if heap is high else key))
sys.stdout.write("\n".join(out) + "\n")
