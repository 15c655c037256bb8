"""Input validator: python validator.py maxn= maxv= < input; exit 0 iff valid. N M, then N and M
non-decreasing values on two lines."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
for line, count in ((lines[1], n), (lines[2], m)):
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", line), "positive integers separated by single spaces"
    values = [int(v) for v in line.split(" ")]
    assert len(values) == count and all(1 <= v <= MAXV for v in values), "values in range expected"
    assert all(values[i] <= values[i + 1] for i in range(count - 1)), "values must be non-decreasing"
