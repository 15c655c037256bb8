"""Input validator for geometry.segment_intersection: python validator.py maxt= maxc= < input.
"T", then T lines of eight integers x1 y1 x2 y2 x3 y3 x4 y4 in [-maxc, maxc]; each segment's two ends differ."""
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
line_re = re.compile(" ".join([r"(0|-?[1-9][0-9]{0,9})"] * 8))
for line in lines[1:]:
    assert line_re.fullmatch(line), "eight integers separated by single spaces"
    v = list(map(int, line.split()))
    assert all(abs(x) <= MAXC for x in v), "a coordinate out of range"
    assert (v[0], v[1]) != (v[2], v[3]) and (v[4], v[5]) != (v[6], v[7]), "a segment's ends must differ"
