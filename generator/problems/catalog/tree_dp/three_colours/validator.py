"""Input validator: python validator.py maxn= < input; exit 0 iff valid. `N K` (1 <= N <= maxn, 0 <= K <= N),
N-1 lines `u v` that form a tree (no self-loop, no repeated pair, connected: union-find), then K lines `v c`
(1 <= v <= N, every v at most once, 1 <= c <= 3)."""
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


n, k = ints(2)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= k <= n, "K out of range"
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
seen = set()
for _ in range(k):
    v, c = ints(2)
    assert 1 <= v <= n, "coloured vertex out of range"
    assert v not in seen, "a vertex is given a colour twice"
    seen.add(v)
    assert 1 <= c <= 3, "colour out of range"
assert pos == len(lines), "extra lines after the input"
