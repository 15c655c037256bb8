"""Reference: a min-heap and a max-heap of (value, id) with lazy deletion: an entry removed through one heap is
marked dead and skipped when it reaches the top of the other."""
import sys
from heapq import heappop, heappush

lines = sys.stdin.buffer.read().split(b"\n")
q = int(lines[0])
low, high = [], []
alive = []
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
    while heap and not alive[heap[0][1]]:
        heappop(heap)
    if not heap:
        out.append("EMPTY")
        continue
    key, ident = heappop(heap)
    alive[ident] = False
    out.append(str(-key if heap is high else key))
sys.stdout.write("\n".join(out) + "\n")
