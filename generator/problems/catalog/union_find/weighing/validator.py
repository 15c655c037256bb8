"""Input validator: python validator.py maxn= maxq= maxw= < input; exit 0 iff valid. N Q, then Q operations
`! a b w` (a != b, 0 <= w <= maxw) or `? a b`; at least one `?`; the measurements must be consistent."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXW = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxw"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N Q expected"
n, q = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "exactly Q operation lines expected"
MEASURE = re.compile(r"! [1-9][0-9]* [1-9][0-9]* (?:0|[1-9][0-9]*)")
ASK = re.compile(r"\? [1-9][0-9]* [1-9][0-9]*")
parent, diff = list(range(n + 1)), [0] * (n + 1)


def find(x):
    path = []
    while parent[x] != x:
        path.append(x)
        x = parent[x]
    acc = 0
    for v in reversed(path):
        acc += diff[v]
        diff[v], parent[v] = acc, x
    return x


asks = 0
for row in lines[1:]:
    if MEASURE.fullmatch(row):
        a, b, w = map(int, row[2:].split())
        assert a <= n and b <= n, "thing out of range"
        assert a != b, "a measurement compares two different things"
        assert w <= MAXW, "w out of range"
        ra, rb = find(a), find(b)
        if ra == rb:
            assert diff[b] - diff[a] == w, "measurement contradicts earlier ones"
        else:
            parent[rb], diff[rb] = ra, diff[a] + w - diff[b]
    else:
        assert ASK.fullmatch(row), "`! a b w` or `? a b` expected: %r" % row[:40]
        a, b = map(int, row[2:].split())
        assert a <= n and b <= n, "thing out of range"
        asks += 1
assert asks >= 1, "at least one question expected"
