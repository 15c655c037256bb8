"""Input validator: python validator.py maxn= < input; exit 0 iff valid. N M, N rows of M lowercase letters,
P Q (1 <= P <= N, 1 <= Q <= M), P rows of Q lowercase letters."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert n <= MAXN and m <= MAXN, "N or M out of range"
assert len(lines) >= n + 2, "too few lines"
for row in lines[1:1 + n]:
    assert re.fullmatch(r"[a-z]+", row) and len(row) == m, "a grid row must be M lowercase letters"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[1 + n]), "P Q expected"
p, q = map(int, lines[1 + n].split())
assert p <= n and q <= m, "the block must fit in the grid"
assert len(lines) == n + 2 + p, "wrong number of lines"
for row in lines[2 + n:]:
    assert re.fullmatch(r"[a-z]+", row) and len(row) == q, "a block row must be Q lowercase letters"
