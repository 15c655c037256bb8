"""Input validator for geometry.convex_hull: python validator.py maxn= maxc= < input.
"N" (3 <= N <= maxn), then N lines "x y" with integers in [-maxc, maxc]: all points different, not all on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert 3 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N point lines"
number = re.compile(r"(0|-?[1-9][0-9]{0,9}) (0|-?[1-9][0-9]{0,9})")
pts = []
for line in lines[1:]:
    assert number.fullmatch(line), "two integers separated by a space"
    x, y = map(int, line.split())
    assert abs(x) <= MAXC and abs(y) <= MAXC, "a coordinate out of range"
    pts.append((x, y))
assert len(set(pts)) == n, "the points must be different"
(ax, ay), (bx, by) = pts[0], pts[1]
assert any((bx - ax) * (y - ay) - (by - ay) * (x - ax) for x, y in pts), "all points lie on one line"
