"""Wrong: deadline order, a task is kept only if it still fits; nothing already kept is ever given up."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
tasks = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))  # (deadline, duration)
count, total = 0, 0
for deadline, duration in tasks:
    if total + duration <= deadline:
        total += duration
        count += 1
print(count)
