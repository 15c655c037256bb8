"""Input validator: python validator.py maxn= maxv= < input; exit 0 iff valid: n in [1, maxn], then n lines of four
integers in [-maxv, maxv]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 1 <= n <= MAXN, "n out of range"
assert len(lines) == n + 1, "n lines of values"
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 4 and all(INT.fullmatch(p) for p in parts), "four integers per line"
    assert all(-MAXV <= int(p) <= MAXV for p in parts), "value out of range"
