"""Input validator for binomial.pascal_mod_any: python validator.py maxt= maxn= maxm= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXM = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: T and M"
t, m = map(int, lines[0].split())
assert 1 <= t <= MAXT, "T out of range"
assert 1 <= m <= MAXM, "M out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "two non-negative integers n k separated by one space"
    n, k = map(int, line.split())
    assert n <= MAXN, "n out of range"
    assert k <= n, "k must not exceed n"
