"""Input validator: python validator.py maxn= maxw= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 2 <= n <= MAXN and len(lines) == n + 1, "N out of range or wrong number of lines"
for i, line in enumerate(lines[1:]):
    parts = line.split(" ")
    assert len(parts) == n and all(INT.fullmatch(p) for p in parts), "N non-negative integers per row"
    row = [int(p) for p in parts]
    assert all(v <= MAXW for v in row), "cost out of range"
    assert row[i] == 0, "W_ii must be 0"
