"""Input validator for binomial.checkpoint_paths: python validator.py maxt=T maxrc=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXRC = int(opts["maxt"]), int(opts["maxrc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*){3}", line), "four positive integers separated by single spaces"
    rows, cols, r, c = map(int, line.split())
    assert rows <= MAXRC and cols <= MAXRC, "R_i or C_i out of range"
    assert r <= rows and c <= cols, "the checkpoint must be inside the grid"
