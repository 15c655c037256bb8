"""Wrong: simulates the two queues but gives up after 2N moves; some answers need up to 3N - 3."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = deque(int(x) for x in data[1:1 + n])
q = deque(int(x) for x in data[1 + n:1 + 2 * n])
sp, sq = sum(p), sum(q)
answer = -1
for moves in range(2 * n + 1):
    if sp == sq:
        answer = moves
        break
    if sp > sq:
        x = p.popleft()
        q.append(x)
        sp, sq = sp - x, sq + x
    else:
        x = q.popleft()
        p.append(x)
        sp, sq = sp + x, sq - x
print(answer)
