"""Input validator for binary_search.closest: python validator.py max_n= max_q= max_a= < input; exit 0 iff valid
(three lines, single spaces, final newline, no leading zeros, A non-decreasing, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_Q, MAX_A = int(opts["max_n"]), int(opts["max_q"]), int(opts["max_a"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "expected three lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, q = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q, "N or Q out of range"
a = ints(lines[1], n, "list")
xs = ints(lines[2], q, "questions")
assert all(1 <= v <= MAX_A for v in a + xs), "value out of range"
assert all(a[i] <= a[i + 1] for i in range(n - 1)), "the list must be non-decreasing"
