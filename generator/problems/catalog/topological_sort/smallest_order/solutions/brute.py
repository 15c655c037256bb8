"""Obviously correct (small inputs): repeatedly place the smallest unplaced item all of whose prerequisites are
already placed; if none exists while items remain, there is a cycle."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
placed = set()
order = []
while len(order) < n:
    pick = None
    for v in range(1, n + 1):
        if v not in placed and all(u in placed for u, w in edges if w == v):
            pick = v
            break
    if pick is None:
        break
    placed.add(pick)
    order.append(pick)
print(" ".join(map(str, order)) if len(order) == n else -1)
