"""Input validator: python validator.py maxn=N maxc=C < input; exit 0 iff valid. N, then N lines "x1 y1 x2 y2" with
0 <= x1 < x2 <= C and 0 <= y1 < y2 <= C."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N rectangle lines expected"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*)( (0|[1-9][0-9]*)){3}", line), "x1 y1 x2 y2 expected"
    x1, y1, x2, y2 = map(int, line.split())
    assert 0 <= x1 < x2 <= MAXC and 0 <= y1 < y2 <= MAXC, "rectangle out of range or empty"
