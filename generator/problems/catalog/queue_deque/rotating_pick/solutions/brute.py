"""Obviously correct: try every choice of direction for every wanted item (2^M plans), moving one item at a time
in a plain list until the wanted one is in front."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
wanted = [int(x) for x in data[2:2 + m]]
best = None
for plan in product((0, 1), repeat=m):
    items = list(range(1, n + 1))
    moves = 0
    for want, rightwards in zip(wanted, plan):
        while items[0] != want:
            if rightwards:
                items.insert(0, items.pop())
            else:
                items.append(items.pop(0))
            moves += 1
        items.pop(0)
    best = moves if best is None else min(best, moves)
print(best)
