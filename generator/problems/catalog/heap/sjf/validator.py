"""Input validator: python validator.py maxn=N maxr=R maxt=T < input; exit 0 iff valid. N, then N lines "r t"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXR, MAXT = int(opts["maxn"]), int(opts["maxr"]), int(opts["maxt"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == n + 1, "N out of range or wrong number of lines"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) [1-9][0-9]*", line), "r t expected"
    r, t = map(int, line.split())
    assert r <= MAXR and t <= MAXT, "r or t out of range"
