"""Input validator for the same-group task: python validator.py maxn= maxm= < input; exit 0 iff valid
(simple undirected graph, 1 <= A, B <= N, strict format)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert all(NUMS.fullmatch(line) for line in lines), "non-negative integers separated by single spaces expected"
head = list(map(int, lines[0].split()))
assert len(head) == 4, "first line: N M A B"
n, m, a, b = head
assert 1 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert 1 <= a <= n and 1 <= b <= n, "A or B out of range"
assert len(lines) == m + 1, "expected M edge lines"
seen = set()
for line in lines[1:]:
    pair = list(map(int, line.split()))
    assert len(pair) == 2, "edge: two vertices"
    u, v = pair
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad edge"
    key = (min(u, v), max(u, v))
    assert key not in seen, "duplicate edge"
    seen.add(key)
