"""Obviously correct, another tie-break: repeatedly output the LARGEST vertex whose prerequisites are all output;
-1 when no vertex can go next."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
placed = set()
order = []
while len(order) < n:
    ready = [v for v in range(1, n + 1) if v not in placed and all(u in placed for u, w in edges if w == v)]
    if not ready:
        break
    order.append(max(ready))
    placed.add(order[-1])
print(" ".join(map(str, order)) if len(order) == n else -1)
