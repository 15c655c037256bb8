"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
head = lines[0].split(" ")
assert len(head) == 2 and all(INT.fullmatch(p) for p in head), "N M expected"
n, m = map(int, head)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM and m <= n * (n - 1), "M out of range"
assert len(lines) == m + 1, "M lines of conditions expected"
seen = set()
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 2 and all(INT.fullmatch(p) for p in parts), "a b expected"
    a, b = map(int, parts)
    assert 1 <= a <= n and 1 <= b <= n, "task out of range"
    assert a != b, "a task cannot precede itself"
    assert (a, b) not in seen, "repeated condition"
    seen.add((a, b))
