"""Input validator for dp_basics.tasting: python validator.py maxn= maxa= < input; exit 0 iff valid.
"N", then one line of N integers, 0 <= a_i <= maxa."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert n <= MAXN, "N out of range"
values = lines[1].split(" ")
assert len(values) == n, "expected N amounts"
for v in values:
    assert re.fullmatch(r"0|[1-9][0-9]{0,9}", v), "each amount is a non-negative integer without leading zeros"
    assert int(v) <= MAXA, "amount out of range"
