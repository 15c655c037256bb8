"""Input validator: python validator.py maxn= maxw= < input; exit 0 iff valid. `N`, N lines of N integers (0 on the
diagonal, 1..maxw elsewhere), then one line with a permutation of 1..N; single spaces, no leading zeros, final
newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(NUM, lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 2, "N matrix lines and one order line expected"
row_re = re.compile(rf"{NUM}(?: {NUM})*")
for i in range(n):
    assert row_re.fullmatch(lines[1 + i]), "row of integers expected"
    row = list(map(int, lines[1 + i].split()))
    assert len(row) == n, "row length must be N"
    for j, x in enumerate(row):
        assert (x == 0) if i == j else (1 <= x <= MAXW), "bad matrix entry"
assert row_re.fullmatch(lines[n + 1]), "order expected"
order = list(map(int, lines[n + 1].split()))
assert sorted(order) == list(range(1, n + 1)), "the order must be a permutation of 1..N"
