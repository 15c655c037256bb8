"""Most tasks done by their deadlines: take tasks in deadline order and keep them (done in that order, which is
best for a fixed set). When the kept total time passes the current deadline, drop the longest kept task: the
count stays the one that was possible, and the kept total is the smallest possible for that count (exchange
argument). A max-heap of durations makes each step O(log N)."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
tasks = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))  # (deadline, duration)
kept, total = [], 0
for deadline, duration in tasks:
    heapq.heappush(kept, -duration)
    total += duration
    if total > deadline:
        total += heapq.heappop(kept)
print(len(kept))
