"""Input validator for binomial.lucas: python validator.py maxt= maxv= maxp= < input; exit 0 iff valid."""
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
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "two non-negative integers n k separated by one space"
    n, k = map(int, line.split())
    assert n <= MAXV and k <= MAXV, "n or k out of range"
