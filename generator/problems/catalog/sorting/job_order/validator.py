"""Input validator: python validator.py maxn=N maxt=T maxw=W < input; exit 0 iff valid. N, then N lines "t w"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXT, MAXW = int(opts["maxn"]), int(opts["maxt"]), int(opts["maxw"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N job lines expected"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "two positive integers separated by one space"
    t, w = map(int, line.split(" "))
    assert t <= MAXT and w <= MAXW, "t or w out of range"
