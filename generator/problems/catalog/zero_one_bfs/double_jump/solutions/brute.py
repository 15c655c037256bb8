"""Brute force: Bellman-Ford style relaxation of all three moves over a small window of positions until nothing
changes (inputs are tiny; the window 0..4*max(N, K)+4 holds every useful route)."""
import sys

n, k = map(int, sys.stdin.read().split())
top = min(200000, 4 * max(n, k) + 4)
INF = float("inf")
dist = [INF] * (top + 1)
dist[n] = 0
changed = True
while changed:
    changed = False
    for x in range(top + 1):
        if dist[x] == INF:
            continue
        for y, c in ((2 * x, 0), (x - 1, 1), (x + 1, 1)):
            if 0 <= y <= top and dist[x] + c < dist[y]:
                dist[y] = dist[x] + c
                changed = True
print(dist[k])
