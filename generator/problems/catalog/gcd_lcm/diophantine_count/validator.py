"""Input validator for gcd_lcm.diophantine_count: python validator.py maxt=T maxab=A maxc=C < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXAB, MAXC = int(opts["maxt"]), int(opts["maxab"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
QUERY = re.compile(r"[1-9][0-9]* [1-9][0-9]* (0|[1-9][0-9]*)")
for line in lines[1:]:
    assert QUERY.fullmatch(line), "three integers a b c separated by single spaces, a, b positive"
    a, b, c = map(int, line.split())
    assert a <= MAXAB and b <= MAXAB and c <= MAXC, "a, b or c out of range"
