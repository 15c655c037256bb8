"""Input validator for modpow.linear_recurrence: python validator.py maxk= maxn= mod= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXN, MOD = int(opts["maxk"]), int(opts["maxn"]), int(opts["mod"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "exactly three lines"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: K and N"
k, n = map(int, lines[0].split())
assert 1 <= k <= MAXK and 1 <= n <= MAXN, "K or N out of range"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*)( (0|[1-9][0-9]*))*", line), "integers separated by single spaces"
    values = list(map(int, line.split()))
    assert len(values) == k, "expected K numbers"
    assert all(v < MOD for v in values), "values must be below 10^9 + 7"
