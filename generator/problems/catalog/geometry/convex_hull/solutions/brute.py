"""Obviously correct for small N: a point is a corner of the convex hull exactly when it is not in the convex hull
of the other points, that is (Caratheodory, in the plane) when it lies on no segment between two other points and
inside or on no triangle of three other points."""
import sys
from itertools import combinations

data = list(map(int, sys.stdin.read().split()))
n = data[0]
pts = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(n)]


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p, a, b):
    return cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def in_triangle(p, a, b, c):
    s = [cross(a, b, p), cross(b, c, p), cross(c, a, p)]
    return all(v >= 0 for v in s) or all(v <= 0 for v in s)


corners = 0
for i, p in enumerate(pts):
    others = pts[:i] + pts[i + 1:]
    covered = any(on_segment(p, a, b) for a, b in combinations(others, 2)) or any(
        cross(a, b, c) != 0 and in_triangle(p, a, b, c) for a, b, c in combinations(others, 3))
    corners += not covered
print(corners)
