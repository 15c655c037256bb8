"""Obviously correct: grow the reachable set from the query vertex by sweeping all edges until it is stable."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
for x in (int(t) for t in data[3 + 2 * m:3 + 2 * m + q]):
    reach = {x}
    grew = True
    while grew:
        grew = False
        for u, v in edges:
            if (u in reach) != (v in reach):
                reach.add(u)
                reach.add(v)
                grew = True
    print(len(reach))
