"""Input validator for dijkstra.cell_costs: python validator.py maxr= maxc= < input; exit 0 iff valid.
R rows of exactly C digits 1..9, strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "R C expected"
r, c = map(int, lines[0].split())
assert 1 <= r <= MAXR and 1 <= c <= MAXC, "R or C out of range"
assert len(lines) == r + 1, "exactly R grid lines expected"
row = re.compile(f"[1-9]{{{c}}}")
for line in lines[1:]:
    assert row.fullmatch(line), "each grid line must be exactly C digits 1..9"
