"""WRONG: an ordinary queue that marks positions when they are pushed, trying x - 1 and x + 1 before the free jump:
a position first reached by a paid step keeps that cost even when a free jump reaches it later for less."""
import sys
from collections import deque

n, k = map(int, sys.stdin.read().split())
LIMIT = 200000
dist = [-1] * (LIMIT + 1)
dist[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    for y, c in ((x - 1, 1), (x + 1, 1), (2 * x, 0)):
        if 0 <= y <= LIMIT and dist[y] == -1:
            dist[y] = dist[x] + c
            queue.append(y)
print(dist[k])
