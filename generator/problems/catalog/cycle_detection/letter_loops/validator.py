"""Input validator: python validator.py maxn= < input; exit 0 iff valid. `N M` (1 <= N, M <= maxn), then exactly N
rows of exactly M uppercase letters A-Z; single space, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
PAIR = re.compile(r"([1-9][0-9]*|0) ([1-9][0-9]*|0)")
ROW = re.compile(r"[A-Z]+")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = PAIR.fullmatch(lines[0])
assert first, "first line must be `N M`"
n, m = int(first.group(1)), int(first.group(2))
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert len(lines) == n + 1, "exactly N rows expected"
for row in lines[1:]:
    assert len(row) == m and ROW.fullmatch(row), "each row must be M uppercase letters"
