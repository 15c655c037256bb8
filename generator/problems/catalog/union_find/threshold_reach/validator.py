"""Input validator: python validator.py maxn= maxm= maxq= maxw= < input; exit 0 iff valid.
N M Q, then M edges `u v w`, then Q questions `s k`."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXQ, MAXW = (int(opts[k]) for k in ("maxn", "maxm", "maxq", "maxw"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUM = r"(?:0|[1-9][0-9]*)"
assert re.fullmatch(f"{NUM} {NUM} {NUM}", lines[0]), "N M Q expected"
n, m, q = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == 1 + m + q, "exactly M edge lines and Q question lines expected"
EDGE, QUESTION = re.compile(f"{NUM} {NUM} {NUM}"), re.compile(f"{NUM} {NUM}")
for row in lines[1:1 + m]:
    assert EDGE.fullmatch(row), "an edge `u v w` expected: %r" % row[:40]
    u, v, w = map(int, row.split())
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert 1 <= w <= MAXW, "level out of range"
for row in lines[1 + m:]:
    assert QUESTION.fullmatch(row), "a question `s k` expected: %r" % row[:40]
    s, k = map(int, row.split())
    assert 1 <= s <= n, "start out of range"
    assert 1 <= k <= MAXW, "k out of range"
