"""Input validator for prefix_sums.range_add: python validator.py max_n= max_q= max_a= max_x= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_Q, MAX_A, MAX_X = (int(opts[k]) for k in ("max_n", "max_q", "max_a", "max_x"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, q = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q, "N or Q out of range"
assert len(lines) == 2 + q, "expected Q update lines"
assert all(-MAX_A <= v <= MAX_A for v in ints(lines[1], n, "array")), "A_i out of range"
for line in lines[2:]:
    l, r, x = ints(line, 3, "update")
    assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
    assert -MAX_X <= x <= MAX_X, "x out of range"
