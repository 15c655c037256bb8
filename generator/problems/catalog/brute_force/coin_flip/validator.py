"""Input validator: python validator.py maxr= maxc= < input; exit 0 iff valid: "R C" with 1 <= R <= maxr,
1 <= C <= maxc, then R lines of exactly C characters from H and T."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert m, "first line: R C"
r, c = int(m.group(1)), int(m.group(2))
assert 1 <= r <= MAXR and 1 <= c <= MAXC, "R or C out of range"
assert len(lines) == r + 1, "R grid lines"
assert all(re.fullmatch(r"[HT]{%d}" % c, line) for line in lines[1:]), "grid line of C characters H/T"
