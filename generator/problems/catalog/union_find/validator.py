"""Input validator for the union-find tasks: python validator.py variant=V maxn= [maxm= maxq= maxw=] < input; exit 0 iff valid."""
import sys
opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
P = {k: (v if k == "variant" else int(v)) for k, v in opts.items()}

import re
import sys
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
assert "\r" not in data and "\t" not in data, "unexpected whitespace characters"
LINES = data[:-1].split("\n")
POS = [0]
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")
def line():
    assert POS[0] < len(LINES), "unexpected end of input"
    POS[0] += 1
    return LINES[POS[0] - 1]
def ints(count):
    text = line()
    assert NUMS.fullmatch(text), "integers separated by single spaces expected: %r" % text[:40]
    values = [int(tok) for tok in text.split(" ")]
    assert len(values) == count, "expected %d integers on a line, got %d" % (count, len(values))
    return values
def done():
    assert POS[0] == len(LINES), "extra lines after the input"

V = P["variant"]
def pair(n):
    a, b = ints(2)
    assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
    assert a != b, "the two numbers must differ"
if V == "static_groups":
    n, m, q = ints(3)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 0 <= m <= P["maxm"], "M out of range"
    assert 1 <= q <= P["maxq"], "Q out of range"
    for _ in range(m + q):
        pair(n)
elif V == "online_queries":
    n, q = ints(2)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 1 <= q <= P["maxq"], "Q out of range"
    for _ in range(q):
        op, a, b = ints(3)
        assert op in (0, 1), "operation must be 0 or 1"
        assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
        assert a != b, "the two numbers must differ"
elif V == "group_stats":
    n, m = ints(2)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 1 <= m <= P["maxm"], "M out of range"
    for _ in range(m):
        pair(n)
else:
    n, m = ints(2)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert 0 <= m <= P["maxm"], "M out of range"
    for _ in range(m):
        u, v, w = ints(3)
        assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
        assert u != v, "self-loop"
        assert 1 <= w <= P["maxw"], "weight out of range"
done()
