"""Wrong: sorts by end time only, so ties keep the input order: (x, x) before (x - 1, x) loses one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = list(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
meetings.sort(key=lambda m: m[1])
count, free_at = 0, -1
for start, end in meetings:
    if start >= free_at:
        count += 1
        free_at = end
print(count)
