"""Input validator: python validator.py maxn=N maxlen=L < input; exit 0 iff valid. N, then N lowercase words."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert re.fullmatch(r"[a-z]{1,%d}( [a-z]{1,%d})*" % (MAXLEN, MAXLEN), lines[1]), "lowercase words, single spaces"
assert len(lines[1].split(" ")) == n, "N words expected"
