"""Input validator: python validator.py maxr= maxc= maxt= < input; exit 0 iff valid. "R C A B", then R rows of
C integers, each -1 or 1..maxt."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC, MAXT = int(opts["maxr"]), int(opts["maxc"]), int(opts["maxt"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "R C A B expected"
r, c, a, b = map(int, lines[0].split())
assert 1 <= r <= MAXR and 1 <= c <= MAXC, "R or C out of range"
assert 1 <= a <= r and 1 <= b <= c, "A or B out of range"
assert len(lines) == r + 1, "R rows expected"
for line in lines[1:]:
    assert re.fullmatch(r"(-1|[1-9][0-9]*)( (-1|[1-9][0-9]*))*", line), "-1 or positive integers, single spaces"
    row = [int(x) for x in line.split(" ")]
    assert len(row) == c and all(x == -1 or 1 <= x <= MAXT for x in row), "C values in range expected"
