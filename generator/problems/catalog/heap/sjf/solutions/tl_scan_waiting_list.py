"""Too slow: keeps the waiting jobs in a list and scans it for the shortest at every pick, O(N^2)."""
import sys

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
        waiting.append((t, r, idx))
        i += 1
    best = min(waiting)
    waiting.remove(best)
    now += best[0]
    order.append(best[2])
sys.stdout.write(" ".join(map(str, order)) + "\n")
