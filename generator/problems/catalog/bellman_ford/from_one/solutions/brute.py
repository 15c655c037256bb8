"""Obviously correct (tiny graphs): every simple path from 1 by depth-first enumeration. An edge back onto the
current path closes a simple cycle reachable from 1; a negative one means CYCLE. Otherwise each answer is the
cheapest simple path."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]
best = [None] * (n + 1)
cost_at = {}  # vertex on the current path -> cost of the path up to it
negative = False


def walk(v, cost):
    global negative
    if best[v] is None or cost < best[v]:
        best[v] = cost
    cost_at[v] = cost
    for u, x, w in edges:
        if u != v:
            continue
        if x in cost_at:
            if cost + w - cost_at[x] < 0:
                negative = True
        else:
            walk(x, cost + w)
    del cost_at[v]


walk(1, 0)
if negative:
    print("CYCLE")
else:
    for d in best[1:]:
        print("INF" if d is None else d)
