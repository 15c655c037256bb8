"""Input validator for dp_basics.stairs: python validator.py maxn= maxs= < input; exit 0 iff valid.
"N", then one line of N integers, 1 <= s_i <= maxs."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert n <= MAXN, "N out of range"
values = lines[1].split(" ")
assert len(values) == n, "expected N scores"
for v in values:
    assert re.fullmatch(r"[1-9][0-9]{0,9}", v), "each score is a positive integer without leading zeros"
    assert int(v) <= MAXS, "score out of range"
