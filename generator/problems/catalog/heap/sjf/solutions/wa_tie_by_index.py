"""Wrong: breaks ties in duration by index only, ignoring which job arrived first."""
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
        heappush(waiting, (t, idx, r))
        i += 1
    t, idx, r = heappop(waiting)
    now += t
    order.append(idx)
sys.stdout.write(" ".join(map(str, order)) + "\n")
