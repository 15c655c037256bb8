"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. N M, then M statements `t a b`."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= m <= MAXM, "M out of range"
assert len(lines) == m + 1, "exactly M statement lines expected"
ROW = re.compile(r"[01] [1-9][0-9]* [1-9][0-9]*")
for row in lines[1:]:
    assert ROW.fullmatch(row), "a statement `t a b` expected: %r" % row[:40]
    _, a, b = map(int, row.split())
    assert a <= n and b <= n, "person out of range"
