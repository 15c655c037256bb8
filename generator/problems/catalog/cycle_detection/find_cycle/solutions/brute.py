"""Obviously correct on small graphs, another answer: the SHORTEST cycle, found by a breadth-first search from
every vertex back to itself (smallest start vertex among the shortest)."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
best = None
for s in range(1, n + 1):
    parent, frontier, found = {s: 0}, [s], None
    while frontier and found is None:
        nxt = []
        for x in frontier:
            for u, v in edges:
                if u == x and found is None:
                    if v == s:
                        found = x
                    elif v not in parent:
                        parent[v] = x
                        nxt.append(v)
        frontier = nxt
    if found is not None:
        cycle = [found]
        while cycle[-1] != s:
            cycle.append(parent[cycle[-1]])
        cycle.reverse()
        if best is None or len(cycle) < len(best):
            best = cycle
if best is None:
    print(-1)
else:
    print(len(best))
    print(" ".join(map(str, best)))
