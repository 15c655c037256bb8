"""Wrong: never drops a start whose prefix sum is not smaller than a later one's, so the front of the deque
can block better starts behind it."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + int(data[2 + i])
starts = deque()
best = n + 1
for j in range(n + 1):
    while starts and prefix[j] - prefix[starts[0]] >= s:
        best = min(best, j - starts.popleft())
    starts.append(j)
print(best if best <= n else -1)
