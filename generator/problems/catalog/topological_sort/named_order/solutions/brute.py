"""Obviously correct, another tie-break: repeatedly output the alphabetically LARGEST name whose predecessors are all
out. If none can go next, look for a cycle: for every pair a b, a breadth-first search from b; the first pair whose
b reaches a gives the cycle a, b, ..., (back to a)."""
import sys
from collections import deque

data = sys.stdin.read().split()
m = int(data[0])
pairs = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(m)]
names = sorted({w for p in pairs for w in p})
placed = []
while len(placed) < len(names):
    ready = [w for w in names if w not in placed and all(a in placed for a, b in pairs if b == w)]
    if not ready:
        break
    placed.append(max(ready))
if len(placed) == len(names):
    print(" ".join(placed))
else:
    for a, b in sorted(pairs):
        parent = {b: None}
        queue = deque([b])
        while queue:
            x = queue.popleft()
            for p, q in pairs:
                if p == x and q not in parent:
                    parent[q] = x
                    queue.append(q)
        if a in parent:
            path = []
            x = a
            while x is not None:
                path.append(x)
                x = parent[x]
            path.reverse()  # b ... a
            print("CYCLE")
            print(" ".join([a] + path[:-1]))
            break
