"""Input validator for gcd_lcm.two_remainders: python validator.py maxt=T maxmn=M < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXMN = int(opts["maxt"]), int(opts["maxmn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
QUERY = re.compile(r"[1-9][0-9]* (0|[1-9][0-9]*) [1-9][0-9]* (0|[1-9][0-9]*)")
for line in lines[1:]:
    assert QUERY.fullmatch(line), "four integers m a n b separated by single spaces, m and n positive"
    m, a, n, b = map(int, line.split())
    assert m <= MAXMN and n <= MAXMN, "m or n out of range"
    assert a < m and b < n, "a remainder must be below its modulus"
