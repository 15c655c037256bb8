"""Input validator: python validator.py maxn=N maxv=V < input; exit 0 iff valid. N, then two lines of N integers
in 1..V."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", line), "positive integers separated by single spaces"
    values = [int(x) for x in line.split(" ")]
    assert len(values) == n, "N values per queue expected"
    assert all(v <= MAXV for v in values), "value out of range"
