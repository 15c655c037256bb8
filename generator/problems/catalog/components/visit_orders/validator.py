"""Input validator for the visiting-orders task: python validator.py maxn=N maxm=M < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*) [1-9][0-9]*", lines[0]), "first line: N M V"
n, m, v = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert 1 <= v <= n, "V out of range"
assert len(lines) == m + 1, "expected M edge lines"
seen = set()
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "an edge: u v"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
    assert a != b, "no self-loops"
    key = (min(a, b), max(a, b))
    assert key not in seen, "no two edges join the same pair"
    seen.add(key)
