"""Reference: 0-1 BFS on the positions 0..2*10^5: the free jump x -> 2x goes to the front of the deque, the paid
steps x - 1 and x + 1 to the back; a position is final when it leaves the deque."""
import sys
from collections import deque

n, k = map(int, sys.stdin.read().split())
LIMIT = 200000
INF = float("inf")
dist = [INF] * (LIMIT + 1)
dist[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == k:
        break
    d = dist[x]
    y = 2 * x
    if y <= LIMIT and d < dist[y]:
        dist[y] = d
        queue.appendleft(y)
    for y in (x - 1, x + 1):
        if 0 <= y <= LIMIT and d + 1 < dist[y]:
            dist[y] = d + 1
            queue.append(y)
print(dist[k])
