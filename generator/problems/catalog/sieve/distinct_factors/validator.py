"""Input validator for sieve.distinct_factors: python validator.py maxq=Q maxv=V maxk=K < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV, MAXK = int(opts["maxq"]), int(opts["maxv"]), int(opts["maxk"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "first line: Q"
q = int(lines[0])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q query lines"
for line in lines[1:]:
    assert re.fullmatch(f"{NUM} {NUM} {NUM}", line), "each query line: A B K"
    a, b, k = map(int, line.split())
    assert 1 <= a <= b <= MAXV, "need 1 <= A <= B <= max"
    assert 0 <= k <= MAXK, "K out of range"
