"""Input validator: python validator.py maxn= maxq= maxx= < input; exit 0 iff valid. "N Q", N lines "x y", Q lines
"X1 Y1 X2 Y2" with X1 <= X2, Y1 <= Y2; every coordinate 0..maxx."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXX = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxx"])
NUM = r"[1-9][0-9]*"
COORD = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(f"{NUM} {NUM}", lines[0]), "N Q expected"
n, q = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN and 1 <= q <= MAXQ, "N or Q out of range"
assert len(lines) == 1 + n + q, "N points and Q rectangles expected"
for line in lines[1:1 + n]:
    assert re.fullmatch(f"{COORD} {COORD}", line), "x y expected"
    assert all(int(t) <= MAXX for t in line.split(" ")), "coordinate out of range"
for line in lines[1 + n:]:
    assert re.fullmatch(f"{COORD} {COORD} {COORD} {COORD}", line), "X1 Y1 X2 Y2 expected"
    x1, y1, x2, y2 = map(int, line.split(" "))
    assert max(x1, y1, x2, y2) <= MAXX, "coordinate out of range"
    assert x1 <= x2 and y1 <= y2, "need X1 <= X2 and Y1 <= Y2"
