"""Too slow: richest first, into the latest free day found by scanning down, O(N * D)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])), reverse=True)
busy = [False] * (n + 1)
total = 0
for p, d in jobs:
    day = min(d, n)
    while day >= 1 and busy[day]:
        day -= 1
    if day >= 1:
        busy[day] = True
        total += p
print(total)
