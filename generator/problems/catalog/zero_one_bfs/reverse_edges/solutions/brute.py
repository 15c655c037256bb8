"""Obviously correct (tiny graphs): try every set of edges to turn around, in order of size; the answer is the
size of the first set after which N is reachable from 1 along edge directions."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]


def reaches(flipped):
    adj = {v: [] for v in range(1, n + 1)}
    for i, (u, v) in enumerate(edges):
        if i in flipped:
            u, v = v, u
        adj[u].append(v)
    seen, stack = {1}, [1]
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    return n in seen


answer = -1
for size in range(m + 1):
    if any(reaches(set(c)) for c in combinations(range(m), size)):
        answer = size
        break
print(answer)
