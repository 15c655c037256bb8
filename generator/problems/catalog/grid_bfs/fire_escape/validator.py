"""Input validator for the fire-escape task: python validator.py maxn=N < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: N M"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert len(lines) == n + 1, "expected N grid rows"
for row in lines[1:]:
    assert len(row) == m and set(row) <= set(".#JF"), "bad grid row"
assert "".join(lines[1:]).count("J") == 1, "exactly one J"
