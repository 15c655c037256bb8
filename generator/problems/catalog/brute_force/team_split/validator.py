"""Input validator: python validator.py maxn= maxs= < input; exit 0 iff valid: even N in [4, maxn], then N rows of
N integers in [0, maxs], the diagonal 0."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert INT.fullmatch(lines[0]), "N"
n = int(lines[0])
assert 4 <= n <= MAXN and n % 2 == 0, "N must be even, in range"
assert len(lines) == n + 1, "N rows"
for i, line in enumerate(lines[1:]):
    parts = line.split(" ")
    assert len(parts) == n and all(INT.fullmatch(p) for p in parts), "row of N integers"
    row = [int(p) for p in parts]
    assert all(0 <= v <= MAXS for v in row), "synergy out of range"
    assert row[i] == 0, "diagonal must be 0"
