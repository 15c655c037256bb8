"""Input validator: python validator.py maxn= maxw= maxc= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXW, MAXC = int(opts["maxn"]), int(opts["maxw"]), int(opts["maxc"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines"


def ints(line):
    parts = line.split(" ")
    assert all(INT.fullmatch(p) for p in parts), "malformed integer"
    return [int(p) for p in parts]


first = ints(lines[0])
assert len(first) == 2, "N and C"
n, c = first
assert 1 <= n <= MAXN and 0 <= c <= MAXC, "N or C out of range"
w = ints(lines[1])
assert len(w) == n and all(1 <= x <= MAXW for x in w), "w_i count or range"
