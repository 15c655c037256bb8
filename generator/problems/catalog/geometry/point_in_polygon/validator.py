"""Input validator for geometry.point_in_polygon: python validator.py maxn= maxq= maxc= < input.
"N" (3 <= N <= maxn), then N lines "x y" with integers in [-maxc, maxc]: the vertices of a polygon in order,
all different; then "Q" (1 <= Q <= maxq) and Q lines "x y" in the same range. It also checks that the polygon is simple (no two edges meet except neighbours at
their shared vertex) and so has a positive area."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXC = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert 3 <= n <= MAXN, "N out of range"
assert len(lines) >= n + 2, "expected N vertex lines and Q"
number = r"(0|-?[1-9][0-9]{0,9})"
pts = []
for line in lines[1:n + 1]:
    assert re.fullmatch(f"{number} {number}", line), "two integers separated by a space"
    x, y = map(int, line.split())
    assert abs(x) <= MAXC and abs(y) <= MAXC, "a coordinate out of range"
    pts.append((x, y))
assert len(set(pts)) == n, "the vertices must be different"
assert re.fullmatch(r"[1-9][0-9]*", lines[n + 1]), "Q must be a positive integer"
q = int(lines[n + 1])
assert q <= MAXQ, "Q out of range"
assert len(lines) == n + 2 + q, "expected Q query lines"
for line in lines[n + 2:]:
    assert re.fullmatch(f"{number} {number}", line), "two integers separated by a space"
    assert all(abs(int(v)) <= MAXC for v in line.split()), "a coordinate out of range"


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p, a, b):
    return cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def meet(a, b, c, d):
    d1, d2, d3, d4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
    if ((d1 > 0) != (d2 > 0) and d1 and d2) and ((d3 > 0) != (d4 > 0) and d3 and d4):
        return True
    return on_segment(c, a, b) or on_segment(d, a, b) or on_segment(a, c, d) or on_segment(b, c, d)


if n <= 1000:
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        a, b = edges[i]
        c = edges[(i + 1) % n][1]
        assert not (cross(a, b, c) == 0 and (c[0] - b[0]) * (a[0] - b[0]) + (c[1] - b[1]) * (a[1] - b[1]) > 0), \
            "two neighbouring edges overlap"
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            assert not meet(a, b, *edges[j]), "the polygon is not simple"
    s = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))
    assert s != 0, "the polygon has no area"
