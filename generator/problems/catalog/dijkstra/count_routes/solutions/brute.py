"""Obviously correct for tiny graphs: list every simple route from 1 to N edge by edge (with weights >= 1 a
fastest route never repeats a vertex), keep the smallest total and how many routes reach it."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
totals = []


def walk(u, seen, total):
    if u == n:
        totals.append(total)
        return
    for a, b, w in edges:
        for x, y in ((a, b), (b, a)):
            if x == u and y not in seen:
                walk(y, seen | {y}, total + w)


walk(1, {1}, 0)
if not totals:
    print(-1)
else:
    best = min(totals)
    print(best, totals.count(best) % 1_000_000_007)
