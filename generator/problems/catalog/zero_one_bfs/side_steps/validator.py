"""Input validator: python validator.py maxh= maxw= maxlr= < input; exit 0 iff valid. `H W`, `R C` (1-based, inside),
`X Y` (0..maxlr), then H rows of exactly W characters `.`/`#` with (R, C) free; final newline, nothing else."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXH, MAXW, MAXLR = int(opts["maxh"]), int(opts["maxw"]), int(opts["maxlr"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3, "three header lines expected"
for line in lines[:3]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "two integers expected"
h, w = map(int, lines[0].split())
r, c = map(int, lines[1].split())
x, y = map(int, lines[2].split())
assert 1 <= h <= MAXH and 1 <= w <= MAXW, "H or W out of range"
assert 1 <= r <= h and 1 <= c <= w, "start outside the grid"
assert 0 <= x <= MAXLR and 0 <= y <= MAXLR, "X or Y out of range"
assert len(lines) == h + 3, "exactly H rows expected"
for row in lines[3:]:
    assert len(row) == w and re.fullmatch(r"[.#]+", row), "bad row"
assert lines[3 + r - 1][c - 1] == ".", "the start must be free"
