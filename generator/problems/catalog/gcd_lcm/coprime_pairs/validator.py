"""Input validator for gcd_lcm.coprime_pairs: python validator.py maxn=N maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "exactly two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "positive integers separated by single spaces"
values = list(map(int, lines[1].split()))
assert len(values) == n, "expected N numbers"
assert all(v <= MAXV for v in values), "a_i out of range"
