"""Input validator for dp_basics.make_one: python validator.py maxt= maxn= < input; exit 0 iff valid.
"T", then T lines with one integer N, 1 <= N <= maxn."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,9}", line), "N must be one positive integer without leading zeros"
    assert int(line) <= MAXN, "N out of range"
