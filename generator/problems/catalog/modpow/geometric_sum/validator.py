"""Input validator for modpow.geometric_sum: python validator.py maxt= maxa= maxn= maxm= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXA, MAXN, MAXM = (int(opts[k]) for k in ("maxt", "maxa", "maxn", "maxm"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
QUERY = re.compile(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*")
for line in lines[1:]:
    assert QUERY.fullmatch(line), "three positive integers a n m separated by single spaces"
    a, n, m = map(int, line.split())
    assert a <= MAXA and n <= MAXN and m <= MAXM, "a, n or m out of range"
