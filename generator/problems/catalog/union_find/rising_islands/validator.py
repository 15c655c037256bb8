"""Input validator: python validator.py maxside= maxk= < input; exit 0 iff valid. R C K, then K cells `r c`."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXSIDE, MAXK = int(opts["maxside"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "R C K expected"
rows, cols, k = map(int, lines[0].split())
assert 1 <= rows <= MAXSIDE and 1 <= cols <= MAXSIDE, "R or C out of range"
assert 1 <= k <= MAXK, "K out of range"
assert len(lines) == k + 1, "exactly K cell lines expected"
CELL = re.compile(r"[1-9][0-9]* [1-9][0-9]*")
for row in lines[1:]:
    assert CELL.fullmatch(row), "a cell `r c` expected: %r" % row[:40]
    r, c = map(int, row.split())
    assert r <= rows and c <= cols, "cell out of the grid"
