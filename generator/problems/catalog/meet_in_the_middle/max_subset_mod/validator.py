"""Input validator: python validator.py maxn= maxm= maxv= < input; exit 0 iff valid: "N M" with 1 <= N <= maxn,
1 <= M <= maxm, then N integers 1 <= a_i <= maxv."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
INT = re.compile(r"[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines"


def ints(line):
    parts = line.split(" ")
    assert all(INT.fullmatch(p) for p in parts), "malformed positive integer"
    return [int(p) for p in parts]


first = ints(lines[0])
assert len(first) == 2, "N and M"
n, m = first
assert 1 <= n <= MAXN and 1 <= m <= MAXM, "N or M out of range"
a = ints(lines[1])
assert len(a) == n and all(1 <= x <= MAXV for x in a), "a_i count or range"
