"""Input validator for the sieve tasks: python validator.py variant=V maxq=Q maxv=X < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXQ, MAXV = opts["variant"], int(opts.get("maxq", "1")), int(opts["maxv"])
INT = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    toks = line.split(" ")
    assert all(INT.fullmatch(t) for t in toks), "malformed integer"
    assert len(toks) == count, "wrong count of integers on a line"
    return [int(t) for t in toks]


if VARIANT == "count_range":
    assert len(lines) == 1, "expected exactly one line"
    a, b = ints(lines[0], 2)
    assert 1 <= a <= b <= MAXV, "need 1 <= A <= B <= max"
else:
    (q,) = ints(lines[0], 1)
    assert 1 <= q <= MAXQ, "Q out of range"
    if VARIANT == "is_prime":
        assert len(lines) == q + 1, "expected Q numbers, one per line"
        for line in lines[1:]:
            (n,) = ints(line, 1)
            assert 1 <= n <= MAXV, "N_i out of range"
    elif VARIANT == "range_queries":
        assert len(lines) == q + 1, "expected Q query lines"
        for line in lines[1:]:
            a, b = ints(line, 2)
            assert 1 <= a <= b <= MAXV, "need 1 <= A_i <= B_i <= max"
    else:
        assert len(lines) == 2, "expected exactly two lines"
        for x in ints(lines[1], q):
            assert 2 <= x <= MAXV, "X_i out of range"
