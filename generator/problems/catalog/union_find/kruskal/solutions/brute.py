"""Obviously correct: try every set of N-1 edges; keep the cheapest that connects everything."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

from itertools import combinations
n, edges = read()
best = -1
for chosen in combinations(range(len(edges)), n - 1):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for i in chosen:
            w, u, v = edges[i]
            low = min(label[u], label[v])
            if label[u] != low or label[v] != low:
                label[u] = label[v] = low
                changed = True
    if all(label[x] == 1 for x in range(1, n + 1)):
        cost = sum(edges[i][0] for i in chosen)
        if best < 0 or cost < best:
            best = cost
print(best)
