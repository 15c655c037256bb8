"""Input validator for the mst graph tasks: python validator.py maxn= maxm= maxw= [minn=] < input; exit 0 iff
valid. A connected simple undirected graph (no self-loops, no pair twice in either order), weights 1..maxw,
strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
MINN = int(opts.get("minn", "1"))
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


n, m = ints(2)
assert MINN <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


seen = set()
parts = n
for _ in range(m):
    u, v, w = ints(3)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert 1 <= w <= MAXW, "weight out of range"
    key = (min(u, v), max(u, v))
    assert key not in seen, "duplicate edge"
    seen.add(key)
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        parts -= 1
assert pos == len(lines), "extra lines after the input"
assert parts == 1, "the graph is not connected"
