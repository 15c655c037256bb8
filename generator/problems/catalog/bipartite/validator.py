"""Input validator for the bipartite tasks: python validator.py variant=V maxn= maxm= [maxt=] < input; exit 0 iff
valid. Every graph is simple and undirected (no self-loops, no pair twice in either orientation), strict format.
variant many_tests: a first line T (1..maxt), then T graphs whose N and M sum to at most maxn and maxm."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN, MAXM = opts["variant"], int(opts["maxn"]), int(opts["maxm"])
MAXT = int(opts.get("maxt", "1"))
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


def graph():
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
    return n, m


if VARIANT == "many_tests":
    (t,) = ints(1)
    assert 1 <= t <= MAXT, "T out of range"
    total_n = total_m = 0
    for _ in range(t):
        n, m = graph()
        total_n += n
        total_m += m
    assert total_n <= MAXN, "sum of N too big"
    assert total_m <= MAXM, "sum of M too big"
else:
    graph()
assert pos == len(lines), "extra lines after the input"
