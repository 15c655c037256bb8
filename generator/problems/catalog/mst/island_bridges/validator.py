"""Input validator for mst.island_bridges: python validator.py maxr= maxc= < input; exit 0 iff valid.
`R C`, then R rows of exactly C characters `#` or `.`, at least one `#`; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
NUM = re.compile(r"0|[1-9][0-9]*")
ROW = re.compile(r"[#.]+")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
head = lines[0].split(" ")
assert len(head) == 2 and all(NUM.fullmatch(p) for p in head), "R C expected"
r, c = int(head[0]), int(head[1])
assert 1 <= r <= MAXR and 1 <= c <= MAXC, "R or C out of range"
assert len(lines) == r + 1, "expected exactly R rows"
for row in lines[1:]:
    assert len(row) == c and ROW.fullmatch(row), "each row must be C characters # or ."
assert any("#" in row for row in lines[1:]), "at least one land cell expected"
