"""Input validator for modpow.power_mod: python validator.py maxt= maxa= maxb= maxm= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXA, MAXB, MAXM = (int(opts[k]) for k in ("maxt", "maxa", "maxb", "maxm"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
QUERY = re.compile(r"[1-9][0-9]* (0|[1-9][0-9]*) [1-9][0-9]*")
for line in lines[1:]:
    assert QUERY.fullmatch(line), "three integers A B M separated by single spaces, A and M positive"
    a, b, m = map(int, line.split())
    assert a <= MAXA and b <= MAXB and m <= MAXM, "A, B or M out of range"
