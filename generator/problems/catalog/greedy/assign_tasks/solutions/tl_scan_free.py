"""Too slow: jobs from easiest to hardest, each given to the weakest free helper able to do it, found by scanning
the sorted helpers from the start every time: O(N * M)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
helpers = sorted(int(x) for x in data[2:2 + n])
jobs = sorted(int(x) for x in data[2 + n:2 + n + m])
free = [True] * n
done = 0
for d in jobs:
    for i in range(n):
        if free[i] and helpers[i] >= d:
            free[i] = False
            done += 1
            break
print(done)
