"""Obviously correct: grow the set reached from vertex 1 by sweeping all edges until it is stable."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
reach = {1}
grew = True
while grew:
    grew = False
    for u, v in edges:
        if (u in reach) != (v in reach):
            reach.add(u)
            reach.add(v)
            grew = True
print(len(reach))
