"""Brute force: for every vertex, distances by repeated relaxation of all roads until nothing changes."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
roads = []
for e in range(m):
    u, v, w = int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])
    roads += [(u, v, w), (v, u, w)]
answer = None
for s in range(1, n + 1):
    dist = {s: 0}
    changed = True
    while changed:
        changed = False
        for u, v, w in roads:
            if u in dist and (v not in dist or dist[u] + w < dist[v]):
                dist[v] = dist[u] + w
                changed = True
    total = sum(dist.values())
    if answer is None or total < answer[1]:
        answer = (s, total)
print(*answer)
