"""Too slow: tries all 3^N colourings of the ring one by one."""
import itertools
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
cost = [(int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])) for i in range(n)]
best = None
for colours in itertools.product(range(3), repeat=n):
    ok = True
    total = 0
    for i in range(n):
        if colours[i] == colours[i - 1]:
            ok = False
            break
        total += cost[i][colours[i]]
    if ok and (best is None or total < best):
        best = total
print(best)
