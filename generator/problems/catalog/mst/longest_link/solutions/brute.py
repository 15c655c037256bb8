"""Obviously correct on tiny graphs: every spanning set of N-1 edges, the smallest possible longest edge."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]


def connects(chosen):
    reached, stack = {1}, [1]
    while stack:
        x = stack.pop()
        for u, v, _ in chosen:
            for a, b in ((u, v), (v, u)):
                if a == x and b not in reached:
                    reached.add(b)
                    stack.append(b)
    return len(reached) == n


print(min(max((w for _, _, w in chosen), default=0) for chosen in combinations(edges, n - 1) if connects(chosen)))
