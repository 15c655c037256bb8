"""Brute force: every (vertex, total) reachable by a walk of exactly j edges, for j = 1..K, kept as sets; the
answer is the smallest total seen at N. Exponential in general, fine for tiny inputs."""
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m)]
states = {(1, 0)}
totals = []
for _ in range(k):
    states = {(v, t + w) for (x, t) in states for u, v, w in edges if u == x}
    totals += [t for x, t in states if x == n]
print(min(totals) if totals else "IMPOSSIBLE")
