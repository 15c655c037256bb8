"""Prefix sums P; a stretch (i, j] is heavy iff P[j] - P[i] >= S. A deque keeps candidate starts with increasing
P: a start is used up once a heavy stretch from it is found (later ends only give longer stretches), and a start
whose P is not smaller than a later one's can never be the better start."""
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
    while starts and prefix[starts[-1]] >= prefix[j]:
        starts.pop()
    starts.append(j)
print(best if best <= n else -1)
