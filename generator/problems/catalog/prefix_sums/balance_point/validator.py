"""Input validator for prefix_sums.balance_point: python validator.py max_n= max_a= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


(n,) = ints(lines[0], 1, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert all(-MAX_A <= v <= MAX_A for v in ints(lines[1], n, "values")), "A_i out of range"
