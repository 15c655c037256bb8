"""Wrong: a 0 erases the oldest amount still written (a queue) instead of the newest."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
k = int(data[0])
queue = deque()
for tok in data[1:1 + k]:
    x = int(tok)
    if x == 0:
        queue.popleft()
    else:
        queue.append(x)
print(sum(queue))
