"""Input validator: python validator.py maxn=N maxl=L < input; exit 0 iff valid. "N L", then N weights <= L."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXL = int(opts["maxn"]), int(opts["maxl"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N L expected"
n, limit = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= limit <= MAXL, "N or L out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "positive integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n and all(v <= limit for v in values), "N weights, each at most L"
