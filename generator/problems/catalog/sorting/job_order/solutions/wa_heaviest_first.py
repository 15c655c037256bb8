"""Wrong: largest weight first (ties by shorter time), ignoring the times."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
jobs.sort(key=lambda job: (-job[1], job[0]))
clock = total = 0
for t, w in jobs:
    clock += t
    total += w * clock
print(total)
