"""Input validator for recursion.hanoi: python validator.py maxt= maxn= maxmoves= < input; exit 0 iff valid.
"T", then T lines "N A B": 1 <= N <= maxn, A and B pegs 1-3, A != B; all towers together at most maxmoves moves."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXMOVES = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxmoves"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of towers"
total = 0
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [123] [123]", line), "a line 'N A B' (N positive, pegs 1-3, single spaces)"
    n, a, b = map(int, line.split())
    assert n <= MAXN, "N out of range"
    assert a != b, "A and B must differ"
    total += (1 << n) - 1
assert total <= MAXMOVES, "more moves than maxmoves in all"
