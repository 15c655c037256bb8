"""Input validator: python validator.py maxn= maxq= maxa= < input; exit 0 iff valid.
"N M", N rows of M numbers in [1, maxa], "Q", then Q angles from {90, 180, 270}."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXA = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxa"])
NUMBERS = re.compile(r"[1-9][0-9]*( [1-9][0-9]*)*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert NUMBERS.fullmatch(lines[0]) and len(lines[0].split()) == 2, "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert len(lines) == n + 3, "N rows, Q and the angles expected"
for row in lines[1:n + 1]:
    assert NUMBERS.fullmatch(row), "a row of positive numbers without leading zeros expected"
    values = list(map(int, row.split()))
    assert len(values) == m and all(1 <= v <= MAXA for v in values), "M numbers in range expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[n + 1]), "Q expected"
q = int(lines[n + 1])
assert 1 <= q <= MAXQ, "Q out of range"
angles = lines[n + 2].split(" ")
assert len(angles) == q and all(a in ("90", "180", "270") for a in angles), "Q angles from 90 180 270 expected"
