"""Too slow: counts the lectures running at each start time, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
s = list(map(int, data[1:1 + 2 * n:2]))
e = list(map(int, data[2:2 + 2 * n:2]))
best = 0
for t in s:
    running = 0
    for j in range(n):
        if s[j] <= t < e[j]:
            running += 1
    best = max(best, running)
print(best)
