"""Input validator for dp_basics.paint_ring: python validator.py maxn= maxc= < input; exit 0 iff valid.
"N" (2 <= N <= maxn), then N lines of three integers in [1, maxc]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert 2 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N lines of costs"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,9} [1-9][0-9]{0,9} [1-9][0-9]{0,9}", line), "three positive integers"
    assert all(int(c) <= MAXC for c in line.split()), "cost out of range"
