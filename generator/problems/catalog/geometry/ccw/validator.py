"""Input validator for geometry.ccw: python validator.py maxt= maxc= < input.
"T", then T lines of six integers x1 y1 x2 y2 x3 y3 in [-maxc, maxc]; the three points of a line are different."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXC = int(opts["maxt"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines after the first"
number = r"(0|-?[1-9][0-9]{0,9})"
for line in lines[1:]:
    assert re.fullmatch(" ".join([number] * 6), line), "six integers separated by single spaces"
    v = list(map(int, line.split()))
    assert all(abs(x) <= MAXC for x in v), "a coordinate out of range"
    assert len({(v[0], v[1]), (v[2], v[3]), (v[4], v[5])}) == 3, "the three points must be different"
