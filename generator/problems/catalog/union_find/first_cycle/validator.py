"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. N M, then M links `a b`."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUMS = re.compile(r"(?:0|[1-9][0-9]*) (?:0|[1-9][0-9]*)")
assert NUMS.fullmatch(lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 2 <= n <= MAXN, "N out of range"
assert 1 <= m <= MAXM, "M out of range"
assert len(lines) == m + 1, "exactly M link lines expected"
for row in lines[1:]:
    assert NUMS.fullmatch(row), "a link `a b` expected: %r" % row[:40]
    a, b = map(int, row.split())
    assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
    assert a != b, "the two ends must differ"
