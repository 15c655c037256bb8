"""WRONG: plain BFS that counts the jump like a step (every move costs one)."""
import sys
from collections import deque

n, k = map(int, sys.stdin.read().split())
LIMIT = 200000
dist = [-1] * (LIMIT + 1)
dist[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    for y in (2 * x, x - 1, x + 1):
        if 0 <= y <= LIMIT and dist[y] == -1:
            dist[y] = dist[x] + 1
            queue.append(y)
print(dist[k])
