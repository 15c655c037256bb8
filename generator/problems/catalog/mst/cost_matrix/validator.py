"""Input validator for mst.cost_matrix: python validator.py maxn= maxw= < input; exit 0 iff valid. `N`, then N
rows of N integers: 0 on the diagonal, 1..maxw elsewhere, symmetric; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert NUMS.fullmatch(lines[0]) and " " not in lines[0], "N expected on the first line"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected exactly N rows"
rows = []
for text in lines[1:]:
    assert NUMS.fullmatch(text), "non-negative integers separated by single spaces expected"
    row = [int(t) for t in text.split(" ")]
    assert len(row) == n, "expected N integers in a row"
    rows.append(row)
for i in range(n):
    assert rows[i][i] == 0, "the diagonal must be 0"
    for j in range(i + 1, n):
        assert rows[i][j] == rows[j][i], "the matrix must be symmetric"
        assert 1 <= rows[i][j] <= MAXW, "cost out of range"
