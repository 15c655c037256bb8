"""Input validator: python validator.py maxn= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert all(re.fullmatch(r"[1-9][0-9]*", line) for line in lines), "one positive integer per line"
t = int(lines[0])
assert 1 <= t <= MAXN and len(lines) == t + 1, "T out of range or not T sides"
sides = [int(x) for x in lines[1:]]
assert all(1 <= n <= MAXN for n in sides), "N out of range"
assert len(set(sides)) == t, "sides must be pairwise distinct"
