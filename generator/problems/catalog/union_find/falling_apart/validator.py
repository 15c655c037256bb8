"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. N M Q, M edges `a b`, then one
line of Q different edge numbers."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "N M Q expected"
n, m, q = map(int, lines[0].split())
assert 2 <= n <= MAXN, "N out of range"
assert 1 <= m <= MAXM, "M out of range"
assert 1 <= q <= m, "Q out of range"
assert len(lines) == m + 2, "M edge lines and one line of edge numbers expected"
PAIR = re.compile(r"[1-9][0-9]* [1-9][0-9]*")
for row in lines[1:1 + m]:
    assert PAIR.fullmatch(row), "an edge `a b` expected: %r" % row[:40]
    a, b = map(int, row.split())
    assert a <= n and b <= n, "vertex out of range"
    assert a != b, "the two ends must differ"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[-1]), "edge numbers separated by single spaces expected"
order = [int(x) for x in lines[-1].split(" ")]
assert len(order) == q, "exactly Q edge numbers expected"
assert all(e <= m for e in order), "edge number out of range"
assert len(set(order)) == q, "edge numbers must be different"
