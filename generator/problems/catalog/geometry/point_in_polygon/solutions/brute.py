"""Obviously correct: on the boundary if the point lies on an edge; else count the edges that the segment from P to
P + (5 * 10^9, 1) crosses properly. That segment reaches a whole y only at its
far end, far outside, so it passes through no vertex and runs along no edge: an odd count means inside."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
poly = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(n)]
q = data[1 + 2 * n]


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_edge(p, a, b):
    return cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def proper(a, b, c, d):
    return cross(a, b, c) * cross(a, b, d) < 0 and cross(c, d, a) * cross(c, d, b) < 0


for k in range(q):
    p = (data[2 + 2 * n + 2 * k], data[3 + 2 * n + 2 * k])
    edges = [(poly[i], poly[(i + 1) % n]) for i in range(n)]
    if any(on_edge(p, a, b) for a, b in edges):
        print("ON")
        continue
    far = (p[0] + 5 * 10 ** 9, p[1] + 1)
    print("IN" if sum(proper(p, far, a, b) for a, b in edges) % 2 else "OUT")
