"""Obviously correct: Bellman-Ford for the largest product, relaxing every link both ways until nothing improves;
printed in another format (shortest repr)."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i]) / 100) for i in range(m)]
best = [0.0] * (n + 1)
best[1] = 1.0
changed = True
while changed:
    changed = False
    for u, v, p in edges:
        for a, b in ((u, v), (v, u)):
            if best[a] * p > best[b]:
                best[b] = best[a] * p
                changed = True
print(repr(best[n]))
