"""Input validator for recursion.z_order: python validator.py maxn= maxq= maxc= < input; exit 0 iff valid.
"N Q", then Q lines "r c" with 0 <= r, c < 2^N (and r, c <= maxc = 2^maxn - 1, the stated bound)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXC = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line 'N Q' of positive integers"
n, q = map(int, lines[0].split())
assert n <= MAXN, "N out of range"
assert q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q lines of questions"
side = 1 << n
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "two integers 'r c' separated by a space"
    r, c = map(int, line.split())
    assert r < side and c < side, "cell outside the grid"
    assert r <= MAXC and c <= MAXC, "row or column out of range"
