"""Input validator: python validator.py maxn=N maxc=C < input; exit 0 iff valid. N, then N lines 'x y' with
|x|, |y| <= C, integers without leading zeros or -0."""
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
assert len(lines) == 1 + n, "N points expected, one per line"
number = r"(0|-?[1-9][0-9]{0,9})"
point = re.compile(number + " " + number)
for line in lines[1:]:
    m = point.fullmatch(line)
    assert m, "points: two integers separated by one space"
    assert all(abs(int(v)) <= MAXC for v in m.groups()), "coordinate out of range"
