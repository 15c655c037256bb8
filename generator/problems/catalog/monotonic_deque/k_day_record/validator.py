"""Input validator: python validator.py maxn= maxv= < input; exit 0 iff valid. "N K", then N integers."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= n, "N or K out of range"
assert re.fullmatch(r"(0|[1-9][0-9]*)( (0|[1-9][0-9]*))*", lines[1]), "integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n and all(0 <= v <= MAXV for v in values), "N values in range expected"
