"""Input validator for binomial.ballot_count: python validator.py maxq=Q maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q must be a positive integer"
q = int(lines[0])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "two non-negative integers separated by one space"
    a, b = map(int, line.split())
    assert a <= MAXV and b <= MAXV, "a_i or b_i out of range"
