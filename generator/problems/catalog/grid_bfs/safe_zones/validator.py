"""Input validator for the safe-zones task: python validator.py maxn=N maxh=H < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: N M"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert len(lines) == n + 1, "expected N rows of heights"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", line), "a row: heights separated by single spaces"
    row = line.split(" ")
    assert len(row) == m, "expected M heights in a row"
    assert all(1 <= int(h) <= MAXH for h in row), "height out of range"
