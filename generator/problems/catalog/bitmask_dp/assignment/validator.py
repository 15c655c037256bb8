"""Input validator: python validator.py maxn= maxc= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
INT = re.compile(r"[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert INT.fullmatch(lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == n + 1, "N out of range or wrong number of lines"
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == n and all(INT.fullmatch(p) for p in parts), "N positive integers per row"
    assert all(int(p) <= MAXC for p in parts), "cost out of range"
