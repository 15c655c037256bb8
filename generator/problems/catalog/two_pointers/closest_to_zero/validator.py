"""Input validator: python validator.py max_n= max_v= < input; exit 0 iff valid.
N (2..max_n), then N pairwise different integers in [-max_v, max_v] on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["max_n"]), int(opts["max_v"])
INT = r"(?:0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N first"
n = int(lines[0])
assert 2 <= n <= MAXN, "N out of range"
assert re.fullmatch(f"{INT}(?: {INT})*", lines[1]), "integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n, "N values"
assert all(-MAXV <= v <= MAXV for v in values), "value out of range"
assert len(set(values)) == n, "values must be pairwise different"
