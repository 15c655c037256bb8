"""Input validator: python validator.py maxn= maxa= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
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
assert len(first) == 2, "N and M"
n, m = first
assert 1 <= n <= MAXN and 1 <= m <= n, "N or M out of range"
a = ints(lines[1])
assert len(a) == n and all(1 <= x <= MAXA for x in a), "a_i count or range"
assert len(set(a)) == n, "values must be pairwise distinct"
