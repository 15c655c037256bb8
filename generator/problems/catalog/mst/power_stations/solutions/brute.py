"""Obviously correct on tiny inputs: try every set of stations and every set of cables; keep the cheapest choice in
which every vertex reaches a station."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
cost = [int(data[2 + i]) for i in range(n)]
base = 2 + n
cables = [(int(data[base + 3 * i]), int(data[base + 3 * i + 1]), int(data[base + 3 * i + 2])) for i in range(m)]
best = None
for stations in product((0, 1), repeat=n):
    for used in product((0, 1), repeat=m):
        powered = {i + 1 for i in range(n) if stations[i]}
        grown = True
        while grown:
            grown = False
            for (u, v, _), on in zip(cables, used):
                if on and (u in powered) != (v in powered):
                    powered |= {u, v}
                    grown = True
        if len(powered) == n:
            price = sum(c for c, s in zip(cost, stations) if s) + sum(w for (_, _, w), on in zip(cables, used) if on)
            best = price if best is None else min(best, price)
print(best)
