"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid: "N M" with 8 <= N <= maxn and
8 <= M <= maxm, then N lines of exactly M characters from B and W."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert m, "first line: N M"
n, mm = int(m.group(1)), int(m.group(2))
assert 8 <= n <= MAXN and 8 <= mm <= MAXM, "N or M out of range"
assert len(lines) == n + 1, "N board lines"
assert all(re.fullmatch(r"[BW]{%d}" % mm, line) for line in lines[1:]), "board line of M characters B/W"
