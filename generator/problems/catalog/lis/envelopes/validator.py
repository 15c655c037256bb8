"""Input validator for lis.envelopes: python validator.py max_n=N max_side=S < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_S = int(opts["max_n"]), int(opts["max_side"])

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
n = int(lines[0])
assert str(n) == lines[0], "first line: N"
assert 1 <= n <= MAX_N, "N out of range"
assert len(lines) == n + 1, "expected N lines after the first"
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 2, "each rectangle line: W H"
    w, h = map(int, parts)
    assert [str(w), str(h)] == parts, "malformed integer"
    assert 1 <= w <= MAX_S and 1 <= h <= MAX_S, "side out of range"
