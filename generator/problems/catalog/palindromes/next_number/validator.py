"""Input validator: python validator.py maxd= < input; exit 0 iff valid. D, then a positive integer of exactly D
digits without leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXD = int(opts["maxd"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "D expected"
d = int(lines[0])
assert 1 <= d <= MAXD, "D out of range"
assert re.fullmatch(r"[1-9][0-9]*", lines[1]), "a positive integer without leading zeros expected"
assert len(lines[1]) == d, "X must have D digits"
