"""Input validator for mst.already_built: python validator.py maxn= maxk= maxm= maxw= < input; exit 0 iff valid.
`N K M`, K built pairs `u v`, M buildable roads `u v w`; no self-loops, no pair twice among all K+M lines (in
either order), weights 1..maxw, strict format. The graph need not be connected."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK, MAXM, MAXW = int(opts["maxn"]), int(opts["maxk"]), int(opts["maxm"]), int(opts["maxw"])
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


n, k, m = ints(3)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= k <= MAXK, "K out of range"
assert 0 <= m <= MAXM, "M out of range"
seen = set()


def pair(u, v):
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "duplicate pair"
    seen.add(key)


for _ in range(k):
    pair(*ints(2))
for _ in range(m):
    u, v, w = ints(3)
    pair(u, v)
    assert 1 <= w <= MAXW, "weight out of range"
assert pos == len(lines), "extra lines after the input"
