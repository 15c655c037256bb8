"""Input validator for dp_basics.last_days: python validator.py maxn= maxp= < input; exit 0 iff valid.
"N", then N lines "T_i P_i" with 1 <= T_i <= N and 1 <= P_i <= maxp."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXP = int(opts["maxn"]), int(opts["maxp"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N lines of offers"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,9} [1-9][0-9]{0,9}", line), "each offer is 'T P', positive integers"
    t, p = map(int, line.split())
    assert t <= n, "T out of range"
    assert p <= MAXP, "P out of range"
