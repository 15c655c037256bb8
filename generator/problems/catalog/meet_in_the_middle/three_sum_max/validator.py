"""Input validator: python validator.py maxn= maxx= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXX = int(opts["maxn"]), int(opts["maxx"])
INT = re.compile(r"[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2 and INT.fullmatch(lines[0]), "two lines, N first"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
parts = lines[1].split(" ")
assert len(parts) == n and all(INT.fullmatch(p) for p in parts), "N positive integers"
values = [int(p) for p in parts]
assert all(v <= MAXX for v in values), "x_i out of range"
assert len(set(values)) == n, "values must be distinct"
