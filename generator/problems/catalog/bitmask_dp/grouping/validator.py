"""Input validator: python validator.py maxn= maxa= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N first"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N rows"
a = []
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == n and all(INT.fullmatch(p) for p in parts), "N integers per row"
    a.append([int(p) for p in parts])
for i in range(n):
    assert a[i][i] == 0, "diagonal must be 0"
    for j in range(n):
        assert a[i][j] == a[j][i], "matrix must be symmetric"
        assert -MAXA <= a[i][j] <= MAXA, "a_ij out of range"
