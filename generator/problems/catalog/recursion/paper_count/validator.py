"""Input validator for recursion.paper_count: python validator.py maxn= < input; exit 0 iff valid.
"N" (a power of three, at most maxn), then N rows of N integers from -1 to 1 separated by single spaces."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert n <= MAXN, "N out of range"
power = 1
while power < n:
    power *= 3
assert power == n, "N must be a power of three"
assert len(lines) == n + 1, "expected N rows"
ROW = re.compile(r"(-1|0|1)( (-1|0|1))*")
for line in lines[1:]:
    assert ROW.fullmatch(line) and line.count(" ") == n - 1, "each row has N numbers -1, 0 or 1, single spaces"
