"""Brute force: every simple cycle by a search over vertex sequences starting at their smallest vertex."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
w = {}
for e in range(m):
    u, v, c = int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])
    w[(u, v)] = min(c, w.get((u, v), c))
best = None
stack = [(s, [s], 0) for s in range(1, n + 1)]
while stack:
    u, path, total = stack.pop()
    s = path[0]
    for v in range(1, n + 1):
        if (u, v) not in w:
            continue
        if v == s:
            if best is None or total + w[(u, v)] < best:
                best = total + w[(u, v)]
        elif v > s and v not in path:
            stack.append((v, path + [v], total + w[(u, v)]))
print(-1 if best is None else best)
