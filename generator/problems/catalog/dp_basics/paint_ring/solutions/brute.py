"""Obviously correct for small N: every colouring of the ring, kept when no two neighbours (item N and item 1
included) share a colour; the cheapest one."""
import itertools
import sys

data = sys.stdin.read().split()
n = int(data[0])
cost = [[int(data[3 * i + 1 + c]) for c in range(3)] for i in range(n)]
best = None
for colours in itertools.product(range(3), repeat=n):
    if all(colours[i] != colours[(i + 1) % n] for i in range(n)):
        total = sum(cost[i][colours[i]] for i in range(n))
        if best is None or total < best:
            best = total
print(best)
