"""Wrong: a task finished exactly at its deadline is not counted (strict comparison)."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
tasks = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))  # (deadline, duration)
kept, total = [], 0
for deadline, duration in tasks:
    heapq.heappush(kept, -duration)
    total += duration
    if total >= deadline:
        total += heapq.heappop(kept)
print(len(kept))
