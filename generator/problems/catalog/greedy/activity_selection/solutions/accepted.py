"""Reference: sort by (end, start) and take every meeting that starts when the room is free."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))  # (end, start)
count, free_at = 0, -1
for end, start in meetings:
    if start >= free_at:
        count += 1
        free_at = end
print(count)
