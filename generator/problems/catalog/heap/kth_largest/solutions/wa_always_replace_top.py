"""Wrong: once K values are kept, heapreplace drops the top before looking at the new value, even a smaller one."""
import sys
from heapq import heappush, heapreplace

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
top = []
out = []
for x in map(int, data[2:2 + n]):
    if len(top) < k:
        heappush(top, x)
    else:
        heapreplace(top, x)
    out.append(top[0] if len(top) == k else -1)
sys.stdout.write(" ".join(map(str, out)) + "\n")
