"""Obviously correct: for every question, spread labels over the usable edges until nothing changes."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])) for i in range(m)]
base = 3 + 3 * m
for j in range(q):
    s, k = int(data[base + 2 * j]), int(data[base + 2 * j + 1])
    reach = {s}
    changed = True
    while changed:
        changed = False
        for u, v, w in edges:
            if w <= k and (u in reach) != (v in reach):
                reach.update((u, v))
                changed = True
    print(len(reach))
