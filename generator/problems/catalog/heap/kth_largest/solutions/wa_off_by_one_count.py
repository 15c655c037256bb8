"""Wrong: reports -1 until more than K values arrived (off by one)."""
import sys
from heapq import heappush, heappushpop

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
top = []
out = []
for x in map(int, data[2:2 + n]):
    if len(top) < k:
        heappush(top, x)
    elif x > top[0]:
        heappushpop(top, x)
    out.append(top[0] if len(top) == k and len(out) >= k else -1)
sys.stdout.write(" ".join(map(str, out)) + "\n")
