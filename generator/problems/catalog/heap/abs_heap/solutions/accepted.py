"""Reference: a heap of (|x|, x) pairs, so the smallest absolute value comes first and ties go to the smaller x."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = []
out = []
for x in map(int, data[1:1 + n]):
    if x:
        heappush(h, (abs(x), x))
    else:
        out.append(heappop(h)[1] if h else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
