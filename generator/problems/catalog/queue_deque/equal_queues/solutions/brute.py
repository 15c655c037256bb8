"""Obviously correct: breadth-first search over the contents of both queues, one move at a time."""
import sys
from collections import deque

data = sys.stdin.read().split()
n = int(data[0])
vals = [int(x) for x in data[1:1 + 2 * n]]
start = (tuple(vals[:n]), tuple(vals[n:]))
dist = {start: 0}
todo = deque([start])
answer = -1
while todo:
    p, q = todo.popleft()
    if sum(p) == sum(q):
        answer = dist[(p, q)]
        break
    following = []
    if p:
        following.append((p[1:], q + p[:1]))
    if q:
        following.append((p + q[:1], q[1:]))
    for state in following:
        if state not in dist:
            dist[state] = dist[(p, q)] + 1
            todo.append(state)
print(answer)
