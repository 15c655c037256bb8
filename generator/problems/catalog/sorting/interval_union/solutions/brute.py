"""Obviously correct for small coordinates: mark every unit cell [x, x+1] covered; pieces are maximal runs of
segments joined through shared points, found by union-find over overlapping/touching pairs."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
segs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
covered = set()
for l, r in segs:
    covered.update(range(l, r))
parent = list(range(n))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for i in range(n):
    for j in range(n):
        if max(segs[i][0], segs[j][0]) <= min(segs[i][1], segs[j][1]):
            parent[find(i)] = find(j)
print(len({find(i) for i in range(n)}), len(covered))
