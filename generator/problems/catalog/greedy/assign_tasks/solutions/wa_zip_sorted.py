"""Wrong: sorts both lists and pairs them position by position (k-th weakest with k-th easiest), counting the
positions where s >= d."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
helpers = sorted(int(x) for x in data[2:2 + n])
jobs = sorted(int(x) for x in data[2 + n:2 + n + m])
print(sum(1 for s, d in zip(helpers, jobs) if s >= d))
