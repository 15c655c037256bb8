"""Input validator for modpow.mod_division: python validator.py maxt= maxv= maxp= p= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXV, MAXP = int(opts["maxt"]), int(opts["maxv"]), int(opts["maxp"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: T and p"
t, p = map(int, lines[0].split())
assert 1 <= t <= MAXT, "T out of range"
assert 2 <= p <= MAXP, "p out of range"
d = 2
while d * d <= p:
    assert p % d, "p must be prime"
    d += 1
assert len(lines) == t + 1, "expected T lines of fractions"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) [1-9][0-9]*", line), "two integers a b separated by one space, b positive"
    a, b = map(int, line.split())
    assert a <= MAXV and b <= MAXV, "a or b out of range"
    assert b % p, "b must not be a multiple of p"
