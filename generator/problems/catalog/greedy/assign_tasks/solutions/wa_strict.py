"""Wrong: needs s > d, so equal values never form a pair."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
helpers = sorted(int(x) for x in data[2:2 + n])
jobs = sorted(int(x) for x in data[2 + n:2 + n + m])
done = 0
for s in helpers:
    if done < m and s > jobs[done]:
        done += 1
print(done)
