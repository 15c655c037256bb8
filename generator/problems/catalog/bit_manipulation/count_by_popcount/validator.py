"""Input validator for bit_manipulation.count_by_popcount: python validator.py maxq=Q maxv=V maxk=K < input."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV, MAXK = int(opts["maxq"]), int(opts["maxv"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q must be a positive integer"
q = int(lines[0])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q questions, one per line"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "three non-negative integers"
    low, high, k = map(int, line.split())
    assert low <= high <= MAXV, "need L <= R <= maxv"
    assert k <= MAXK, "K out of range"
