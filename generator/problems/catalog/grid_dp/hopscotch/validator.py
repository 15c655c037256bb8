"""Input validator: python validator.py maxn= maxm= maxv= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
head = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert head, "N M first"
n, m = int(head.group(1)), int(head.group(2))
assert 1 <= n <= MAXN, "N out of range"
assert 2 <= m <= MAXM, "M out of range"
assert len(lines) == n + 1, "N rows"
for i, line in enumerate(lines[1:], start=1):
    parts = line.split(" ")
    assert len(parts) == m and all(INT.fullmatch(p) for p in parts), f"row {i} must hold M integers"
    assert all(int(p) <= MAXV for p in parts), "value out of range"
