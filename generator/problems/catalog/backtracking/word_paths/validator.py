"""Input validator: python validator.py maxr= maxc= maxlen= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC, MAXLEN = int(opts["maxr"]), int(opts["maxc"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "R C"
r, c = map(int, lines[0].split())
assert r <= MAXR and c <= MAXC, "R or C out of range"
assert len(lines) == r + 2, "R rows and the word"
assert all(re.fullmatch(rf"[A-Z]{{{c}}}", row) for row in lines[1:1 + r]), "rows of C capital letters"
assert re.fullmatch(r"[A-Z]+", lines[-1]) and len(lines[-1]) <= MAXLEN, "the word"
