"""Obviously correct on tiny inputs: try every set of N-1 pairs, keep the cheapest that connects all vertices."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n = int(data[0])
cost = [[int(t) for t in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]


def connects(chosen):
    reached, stack = {0}, [0]
    while stack:
        x = stack.pop()
        for u, v in chosen:
            for a, b in ((u, v), (v, u)):
                if a == x and b not in reached:
                    reached.add(b)
                    stack.append(b)
    return len(reached) == n


print(min(sum(cost[u][v] for u, v in chosen) for chosen in combinations(pairs, n - 1) if connects(chosen)))
