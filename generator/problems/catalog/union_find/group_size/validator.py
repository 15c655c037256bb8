"""Input validator: python validator.py maxn= maxq= < input; exit 0 iff valid. N Q, then Q operations
`1 a b` (a != b) or `2 a`; at least one `2`."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N Q expected"
n, q = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "exactly Q operation lines expected"
LINK, ASK = re.compile(r"1 [1-9][0-9]* [1-9][0-9]*"), re.compile(r"2 [1-9][0-9]*")
asks = 0
for row in lines[1:]:
    if LINK.fullmatch(row):
        _, a, b = map(int, row.split())
        assert a <= n and b <= n, "vertex out of range"
        assert a != b, "a link joins two different vertices"
    else:
        assert ASK.fullmatch(row), "`1 a b` or `2 a` expected: %r" % row[:40]
        assert int(row.split()[1]) <= n, "vertex out of range"
        asks += 1
assert asks >= 1, "at least one question expected"
