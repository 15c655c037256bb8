"""Input validator for recursion.quad_tree: python validator.py maxn= < input; exit 0 iff valid.
"N" (a power of two, at most maxn), then N rows of N characters 0/1."""
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
assert n & (n - 1) == 0, "N must be a power of two"
assert len(lines) == n + 1, "expected N rows"
for line in lines[1:]:
    assert re.fullmatch(r"[01]+", line) and len(line) == n, "each row has N characters 0/1"
