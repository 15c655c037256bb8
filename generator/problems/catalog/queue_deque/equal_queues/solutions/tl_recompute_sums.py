"""Too slow: simulates both queues and recomputes both sums after every move (O(N) per move)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = deque(int(x) for x in data[1:1 + n])
q = deque(int(x) for x in data[1 + n:1 + 2 * n])
answer = -1
if (sum(p) + sum(q)) % 2 == 0:
    for moves in range(4 * n + 1):
        sp, sq = sum(p), sum(q)
        if sp == sq:
            answer = moves
            break
        if sp > sq:
            q.append(p.popleft())
        else:
            p.append(q.popleft())
print(answer)
