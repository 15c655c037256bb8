"""Input validator for mst.bottleneck_queries: python validator.py maxn= maxm= maxq= maxw= < input; exit 0 iff
valid. `N M Q`, M edges `u v w` (no self-loops, no pair twice in either order, w 1..maxw), Q queries `a b` with
1 <= a, b <= N, strict format. The graph need not be connected."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXQ, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxq"]), int(opts["maxw"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
pos = 0


def ints(count):
    global pos
    assert pos < len(lines), "unexpected end of input"
    text = lines[pos]
    pos += 1
    assert NUMS.fullmatch(text), "non-negative integers separated by single spaces expected"
    values = [int(t) for t in text.split(" ")]
    assert len(values) == count, f"expected {count} integers on a line"
    return values


n, m, q = ints(3)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert 1 <= q <= MAXQ, "Q out of range"
seen = set()
for _ in range(m):
    u, v, w = ints(3)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert 1 <= w <= MAXW, "weight out of range"
    key = (min(u, v), max(u, v))
    assert key not in seen, "duplicate edge"
    seen.add(key)
for _ in range(q):
    a, b = ints(2)
    assert 1 <= a <= n and 1 <= b <= n, "query vertex out of range"
assert pos == len(lines), "extra lines after the input"
