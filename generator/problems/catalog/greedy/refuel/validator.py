"""Input validator: python validator.py maxn=N maxd=D < input; exit 0 iff valid. "N D F", then N lines "x f"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXD = int(opts["maxn"]), int(opts["maxd"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "N D F expected"
n, d, f = map(int, lines[0].split())
assert 1 <= n <= MAXN and 2 <= d <= MAXD and 1 <= f <= MAXD, "N, D or F out of range"
assert len(lines) == n + 1, "expected N stations"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "x f expected"
    x, g = map(int, line.split())
    assert x < d and g <= MAXD, "station out of range"
