"""Input validator for gcd_lcm.two_numbers: python validator.py maxt=T maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXV = int(opts["maxt"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of pairs"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "two positive integers separated by one space"
    a, b = map(int, line.split())
    assert a <= MAXV and b <= MAXV, "A_i, B_i out of range"
