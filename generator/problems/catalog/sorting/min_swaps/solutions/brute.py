"""Obviously correct for tiny N: breadth-first search over all arrangements, one swap per step."""
import sys
from collections import deque

data = sys.stdin.read().split()
n = int(data[0])
start = tuple(int(x) for x in data[1:1 + n])
goal = tuple(sorted(start))
dist = {start: 0}
queue = deque([start])
while queue:
    row = queue.popleft()
    if row == goal:
        print(dist[row])
        break
    for i in range(n):
        for j in range(i + 1, n):
            nxt = list(row)
            nxt[i], nxt[j] = nxt[j], nxt[i]
            nxt = tuple(nxt)
            if nxt not in dist:
                dist[nxt] = dist[row] + 1
                queue.append(nxt)
