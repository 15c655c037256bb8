"""Reference: jobs by arrival; when the worker is free, every arrived job goes into a heap keyed by
(duration, arrival, index) and the smallest runs next; when nothing waits, time jumps to the next arrival."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i]), i + 1) for i in range(n))
waiting = []
order = []
now = i = 0
while len(order) < n:
    if not waiting and jobs[i][0] > now:
        now = jobs[i][0]
    while i < n and jobs[i][0] <= now:
        r, t, idx = jobs[i]
        heappush(waiting, (t, r, idx))
        i += 1
    t, r, idx = heappop(waiting)
    now += t
    order.append(idx)
sys.stdout.write(" ".join(map(str, order)) + "\n")
