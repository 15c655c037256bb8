"""Input validator: python validator.py maxn= < input; exit 0 iff valid. N (1 <= N <= maxn), then N-1 lines
`u v` that form a tree: no self-loop, no repeated pair, connected (union-find: every edge joins two parts)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
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
    found = [int(t) for t in text.split(" ")]
    assert len(found) == count, f"expected {count} integers on a line"
    return found


(n,) = ints(1)
assert 1 <= n <= MAXN, "N out of range"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for _ in range(n - 1):
    u, v = ints(2)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle (not a tree)"
    parent[a] = b
assert pos == len(lines), "extra lines after the input"
