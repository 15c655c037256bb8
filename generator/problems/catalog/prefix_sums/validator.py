"""Input validator for the prefix-sum tasks: python validator.py variant=V max_n= [max_m= max_q=] a_lo= a_hi=
< input; exit 0 iff valid (single spaces, final newline, no leading zeros, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
MAX_N, MAX_M, MAX_Q = int(opts["max_n"]), int(opts.get("max_m", "1")), int(opts.get("max_q", "1"))
A_LO, A_HI = int(opts["a_lo"]), int(opts["a_hi"])

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


def check_values(values):
    assert A_LO <= min(values) and max(values) <= A_HI, "value out of range"


if VARIANT == "single_range":
    assert len(lines) == 3, "expected three lines"
    (n,) = ints(lines[0], 1, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    check_values(ints(lines[1], n, "second line"))
    l, r = ints(lines[2], 2, "third line")
    assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
elif VARIANT == "queries":
    n, q = ints(lines[0], 2, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    assert 1 <= q <= MAX_Q, "Q out of range"
    assert len(lines) == 2 + q, "expected Q query lines"
    check_values(ints(lines[1], n, "second line"))
    for line in lines[2:]:
        l, r = ints(line, 2, "query")
        assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
elif VARIANT == "grid_2d":
    n, m, q = ints(lines[0], 3, "first line")
    assert 1 <= n <= MAX_N and 1 <= m <= MAX_M, "N or M out of range"
    assert 1 <= q <= MAX_Q, "Q out of range"
    assert len(lines) == 1 + n + q, "expected N grid lines and Q query lines"
    for line in lines[1:1 + n]:
        check_values(ints(line, m, "grid row"))
    for line in lines[1 + n:]:
        x1, y1, x2, y2 = ints(line, 4, "query")
        assert 1 <= x1 <= x2 <= n and 1 <= y1 <= y2 <= m, "bad rectangle"
else:
    assert VARIANT == "abs_total", "unknown variant"
    assert len(lines) == 2, "expected two lines"
    (n,) = ints(lines[0], 1, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    check_values(ints(lines[1], n, "second line"))
