"""Input validator: python validator.py maxn= maxq= maxv= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXV = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxv"])
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    parts = line.split(" ")
    assert len(parts) == count and all(INT.fullmatch(p) for p in parts), f"expected {count} integers: {line[:40]!r}"
    return [int(p) for p in parts]


n, q = ints(lines[0], 2)
assert 1 <= n <= MAXN and 1 <= q <= MAXQ, "N or Q out of range"
assert len(lines) == q + 2, "wrong number of lines"
assert all(abs(v) <= MAXV for v in ints(lines[1], n)), "a_i out of range"
queries = 0
for line in lines[2:]:
    t, x, y = ints(line, 3)
    if t == 1:
        assert 1 <= x <= n and abs(y) <= MAXV, "bad change"
    else:
        assert t == 2 and 1 <= x <= y <= n, "bad query"
        queries += 1
assert queries >= 1, "at least one query"
