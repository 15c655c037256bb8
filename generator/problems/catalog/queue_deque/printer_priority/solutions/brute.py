"""Obviously correct: the statement's steps on a list, scanning the queue for a larger importance each time."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
queue = [(int(data[2 + i]), i) for i in range(n)]
handled = 0
while queue:
    prio, i = queue.pop(0)
    if any(q > prio for q, _ in queue):
        queue.append((prio, i))
        continue
    handled += 1
    if i == m - 1:
        print(handled)
        break
