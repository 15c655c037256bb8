"""Obviously correct for small N: a breadth-first search over the numbers the keys can reach from N."""
import sys
from collections import deque

data = sys.stdin.read().split()
t = int(data[0])
for k in range(1, t + 1):
    n = int(data[k])
    dist = {n: 0}
    todo = deque([n])
    while 1 not in dist:
        x = todo.popleft()
        nexts = [x - 1]
        if x % 2 == 0:
            nexts.append(x // 2)
        if x % 3 == 0:
            nexts.append(x // 3)
        for y in nexts:
            if y >= 1 and y not in dist:
                dist[y] = dist[x] + 1
                todo.append(y)
    print(dist[1])
