"""Obviously correct on tiny inputs: every pair of points as a link with cost min(|dx|, |dy|, |dz|), Kruskal
over all of them with a relabelling union."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
pts = [tuple(int(v) for v in data[1 + 3 * i:4 + 3 * i]) for i in range(n)]
links = sorted((min(abs(p - q) for p, q in zip(pts[i], pts[j])), i, j) for i in range(n) for j in range(i + 1, n))
label = list(range(n))
total = 0
for cost, i, j in links:
    if label[i] != label[j]:
        old = label[j]
        label = [label[i] if x == old else x for x in label]
        total += cost
print(total)
