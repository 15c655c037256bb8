"""Input validator: python validator.py maxn= maxq= maxv= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXV = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxv"])
INT = re.compile(r"[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    parts = line.split(" ")
    assert len(parts) == count and all(INT.fullmatch(p) for p in parts), f"expected {count} positive integers"
    return [int(p) for p in parts]


n, q = ints(lines[0], 2)
assert n <= MAXN and q <= MAXQ, "N or Q out of range"
assert len(lines) == q + 2, "wrong number of lines"
assert all(v <= MAXV for v in ints(lines[1], n)), "a_i out of range"
for line in lines[2:]:
    l, r, x = ints(line, 3)
    assert l <= r <= n and x <= MAXV, "bad question"
