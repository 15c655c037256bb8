"""Input validator: python validator.py maxn= < input; exit 0 iff valid. N K, then N kinds in 1..K."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= k <= n, "K out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "positive integers separated by single spaces"
kinds = [int(v) for v in lines[1].split(" ")]
assert len(kinds) == n and all(1 <= c <= k for c in kinds), "N kinds in 1..K expected"
