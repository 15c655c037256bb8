"""Input validator for the LIS tasks: python validator.py variant=V max_n=N max_a=A < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"
n = int(lines[0])
assert str(n) == lines[0], "first line: N"
assert 1 <= n <= MAX_N, "N out of range"
parts = lines[1].split(" ")
assert len(parts) == n, "second line: expected N integers"
values = list(map(int, parts))
assert list(map(str, values)) == parts, "malformed integer"
assert 1 <= min(values) and max(values) <= MAX_A, "A_i out of range"
