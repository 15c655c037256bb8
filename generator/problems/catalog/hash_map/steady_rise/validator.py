"""Input validator: python validator.py maxn=N maxv=V maxd=D < input; exit 0 iff valid. "N D", then N integers."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV, MAXD = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxd"])
INT = r"(0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* " + INT, lines[0]), "N D expected"
n, d = map(int, lines[0].split())
assert 1 <= n <= MAXN and -MAXD <= d <= MAXD, "N or D out of range"
assert re.fullmatch(INT + "( " + INT + ")*", lines[1]), "integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n and all(-MAXV <= v <= MAXV for v in values), "N values in range expected"
