"""Input validator: python validator.py maxr= maxt= < input; exit 0 iff valid. "R C T", then R rows of C chars over '.O'."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXT = int(opts["maxr"]), int(opts["maxt"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "R C T expected"
r, c, t = map(int, lines[0].split())
assert 1 <= r <= MAXR and 1 <= c <= MAXR and 1 <= t <= MAXT, "R, C or T out of range"
assert len(lines) == r + 1, "R rows expected"
assert all(re.fullmatch(r"[.O]+", row) and len(row) == c for row in lines[1:]), "rows of C chars over . and O"
