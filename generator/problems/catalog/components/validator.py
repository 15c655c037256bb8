"""Input validator for the general-graph tasks: python validator.py variant=V maxn= maxm= [maxq=] < input;
exit 0 iff valid (simple undirected graph, strict format)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN, MAXM = opts["variant"], int(opts["maxn"]), int(opts["maxm"])
MAXQ = int(opts.get("maxq", "0"))
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


if VARIANT == "component_sizes":
    n, m, q = ints(3)
    assert 1 <= q <= MAXQ, "Q out of range"
else:
    n, m = ints(2)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
seen = set()
for _ in range(m):
    u, v = ints(2)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "duplicate edge"
    seen.add(key)
if VARIANT == "component_sizes":
    for _ in range(q):
        (x,) = ints(1)
        assert 1 <= x <= n, "query vertex out of range"
assert pos == len(lines), "extra lines after the input"
